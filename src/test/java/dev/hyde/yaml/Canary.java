package dev.hyde.yaml;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts its own construction, to prove YAML never instantiates classes it names. */
public final class Canary {
    public static final AtomicInteger CREATED = new AtomicInteger();

    public Canary() {
        CREATED.incrementAndGet();
    }
}
