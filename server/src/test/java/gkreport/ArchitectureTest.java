package gkreport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import gkreport.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the product's packages: no cycles among gkreport's top-level packages, nothing
 * below the two faces (the CLI and the language server) uses them, and the product uses no test or
 * benchmark code. Every exception is named below, with the issue item that removes it.
 */
class ArchitectureTest {
    /**
     * Frozen (issue 13, item 2): the report generator, benchmark code, ships in the product jar,
     * because the hidden {@code gkreport bench-corpus} command writes with it and bench/batch.sh runs
     * that command from the product jar (README, Performance). It leaves once bench-corpus does.
     */
    private static final String FROZEN_BENCH_GENERATOR = "gkreport.bench";
    private static final DescribedPredicate<JavaClass> FROZEN_BENCH_CORPUS_COMMAND =
            equivalentTo(benchCorpusCommand()).as("the bench-corpus command (frozen, issue 13 item 2)");

    private static final String[] TEST_LIBRARIES = {"org.junit..", "org.assertj..", "com.tngtech.archunit..",
        "com.code_intelligence..", "com.networknt..", "org.slf4j.."};
    private static final String[] BENCHMARK_CODE = {"..bench..", "org.openjdk.jmh.."};

    private static JavaClasses product;
    private static JavaClasses productAndTests;

    @BeforeAll
    static void importClasses() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gkreport");
        productAndTests = new ClassFileImporter().importPackages("gkreport");
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("gkreport.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void onlyTheCliUsesTheCli() {
        noClasses().that().resideOutsideOfPackage("gkreport.cli..")
                .should().dependOnClassesThat().resideInAPackage("gkreport.cli..")
                .check(product);
    }

    @Test
    void onlyTheLanguageServerAndTheCliThatStartsItUseTheLanguageServer() {
        noClasses().that().resideOutsideOfPackages("gkreport.lsp..", "gkreport.cli..")
                .should().dependOnClassesThat().resideInAPackage("gkreport.lsp..")
                .check(product);
    }

    @Test
    void theProductUsesNoTestCode() {
        noClasses().that(isTestCode().negate().as("product code"))
                .should().dependOnClassesThat(isTestCode())
                .check(productAndTests);
    }

    @Test
    void theProductHoldsNoBenchmarkCodeButTheFrozenGenerator() {
        noClasses().that().resideOutsideOfPackage(FROZEN_BENCH_GENERATOR)
                .should().resideInAPackage("..bench..")
                .check(product);
    }

    @Test
    void theProductUsesNoBenchmarkCodeButTheFrozenBenchCorpusCommand() {
        noClasses().that(not(resideInAPackage("..bench..")).and(not(FROZEN_BENCH_CORPUS_COMMAND)))
                .should().dependOnClassesThat().resideInAnyPackage(BENCHMARK_CODE)
                .check(product);
    }

    /**
     * Classes compiled from src/test/java (Maven puts them in target/test-classes) and the libraries
     * only tests may use: a test-scoped dependency moved to the compile scope to be used by the product fails here.
     */
    private static DescribedPredicate<JavaClass> isTestCode() {
        DescribedPredicate<JavaClass> fromTestSources = DescribedPredicate.describe("compiled from src/test/java",
                c -> c.getSource().map(source -> source.getUri().toString().contains("/test-classes/")).orElse(false));
        return fromTestSources.or(resideInAnyPackage(TEST_LIBRARIES)).as("test code");
    }

    private static Class<?> benchCorpusCommand() {
        try {
            return Class.forName("gkreport.cli.BenchCorpusCommand", false, Main.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the frozen exception names a class that is gone: remove the exception", e);
        }
    }
}
