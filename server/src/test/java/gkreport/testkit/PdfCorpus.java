package gkreport.testkit;

import java.nio.file.Path;
import java.util.List;

/**
 * Three published report PDFs (WPS-made, with a text layer and ruled tables), copied into the test
 * resources: hzq2023 and hzq2024 of a district government, szfgs2024 of a city government.
 */
public final class PdfCorpus {
    public static final Path DIR = Path.of("src", "test", "resources", "corpus", "pdf");
    public static final List<String> NAMES = List.of("hzq2023", "hzq2024", "szfgs2024");

    private PdfCorpus() {
    }

    public static Path path(String name) {
        return DIR.resolve(name + ".pdf");
    }
}
