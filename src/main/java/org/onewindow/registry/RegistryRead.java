package org.onewindow.registry;

/** Who reads and why; a registry query without one does not compile. */
public record RegistryRead(Reader reader, ReadPurpose purpose) {}
