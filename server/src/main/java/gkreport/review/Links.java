package gkreport.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Links from the page to the reports it reviews, relative to the page's folder, so that both can move together. */
public final class Links {
    private Links() {
    }

    /** The link from a page written to {@code page} to {@code file}: its path relative to the page's folder, percent-encoded. */
    public static String relative(Path page, Path file) {
        Path folder = page.toAbsolutePath().normalize().getParent();
        Path target = file.toAbsolutePath().normalize();
        boolean sameRoot = folder != null && folder.getRoot() != null && folder.getRoot().equals(target.getRoot());
        if (!sameRoot) return target.toUri().toString();
        String relative = folder.relativize(target).toString().replace('\\', '/');
        int slash = relative.indexOf('/');
        if (relative.substring(0, slash < 0 ? relative.length() : slash).contains(":")) relative = "./" + relative; // not a scheme
        try {
            // A URI of a path alone encodes what must be encoded (spaces, 「#」, 「?」) and keeps the slashes and Chinese readable.
            return new URI(null, null, relative, null).getRawPath();
        } catch (URISyntaxException e) {
            return target.toUri().toString();
        }
    }
}
