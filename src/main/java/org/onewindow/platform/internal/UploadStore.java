package org.onewindow.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploaded bytes live, under names the server made up. The file system under the data
 * directory by default; an S3-compatible object store can implement the same port.
 */
interface UploadStore {

    /** Moves a finished temporary file into the store under the given name. */
    void put(String storedName, Path temporaryFile) throws IOException;

    InputStream open(String storedName) throws IOException;

    void delete(String storedName);

    /** A temporary file for an upload in progress, on the same volume as the store. */
    Path temporaryFile() throws IOException;
}
