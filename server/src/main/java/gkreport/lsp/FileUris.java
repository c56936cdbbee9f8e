package gkreport.lsp;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Optional;

/** Documents' {@code file:} URIs and the paths they name. */
public final class FileUris {
    private FileUris() {
    }

    /** The absolute path of a {@code file:} URI; empty for any other scheme (an unsaved 「untitled:」 document) or a bad URI. */
    public static Optional<Path> path(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Optional.of(Path.of(u).toAbsolutePath().normalize()) : Optional.empty();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    /** A URI as it is («file:…», «untitled:…»), or a path as its {@code file:} URI. */
    public static String fromLocation(String location) {
        if (location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !location.matches("[A-Za-z]:[\\/].*")) return location;
        return uri(Path.of(location));
    }

    public static String uri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }
}
