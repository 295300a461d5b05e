package dev.hyde.extension;

import java.util.List;

/** A Liquid filter: {@code {{ input | name: a, b }}} is what {@link #apply} returns for input and a, b. */
public interface FilterExtension {

    String name();

    /**
     * @param input     the value before the filter: a string, number, boolean, list, map or null
     * @param arguments the filter's arguments, evaluated
     * @throws ExtensionException for input the filter cannot use; Hyde reports it at the page
     */
    Object apply(Object input, List<Object> arguments);
}
