package gkreport.cli;

/** design.md: 0 no error-severity finding, 1 at least one error, 2 bad usage or an unreadable file. */
final class ExitCodes {
    static final int CLEAN = 0;
    static final int ERRORS = 1;
    static final int UNREADABLE = 2;

    private ExitCodes() {
    }
}
