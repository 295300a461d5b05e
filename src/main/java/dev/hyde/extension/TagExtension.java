package dev.hyde.extension;

/** A Liquid tag without a body: {@code {% name markup %}} is replaced by what {@link #render} returns. */
public interface TagExtension {

    /** The tag's name as pages write it. */
    String name();

    /**
     * The tag's output.
     *
     * @throws ExtensionException for input the tag cannot use; Hyde reports it at the tag's line
     */
    String render(TagCall call);
}
