package org.onewindow.registry;

import java.util.Objects;

/** Who reads and why; a registry query without one does not compile. */
public record RegistryRead(Reader reader, ReadPurpose purpose) {

    public RegistryRead {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(purpose, "purpose");
    }
}
