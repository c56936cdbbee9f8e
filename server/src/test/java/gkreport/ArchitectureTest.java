package gkreport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import gkreport.model.Report;
import java.lang.ref.Reference;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the product's packages: no cycles among gkreport's top-level packages, nothing
 * below the two faces (the CLI and the language server) uses them, and the product uses no test or
 * benchmark code.
 */
class ArchitectureTest {
    /** What {@link gkreport.service.Analyzer} runs: the syntax tree, the recognizer, the model and the rules. */
    private static final String[] ANALYSIS = {"gkreport.service..", "gkreport.grammar..", "gkreport.recognize..",
        "gkreport.model..", "gkreport.rules..", "gkreport.text.."};
    private static final String GENERATED_PARSERS = "gkreport.grammar.antlr..";
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

    /**
     * The analysis of a report depends on its text and settings alone: nothing it reads keeps a
     * report, or anything read from one, in a static field for the next. (The bounded caches of
     * label similarities in {@code Labels} and {@code SectionFinder} are final maps of pure
     * functions of their keys: what they hold never changes a result; so are ANTLR's generated
     * lexers' and parsers' shared DFA caches, which are left out.)
     */
    @Test
    void theAnalysisKeepsNothingBetweenReports() {
        ArchRule allFinal = fields().that().areStatic().and().areDeclaredInClassesThat().resideInAnyPackage(ANALYSIS)
                .and().areDeclaredInClassesThat().resideOutsideOfPackage(GENERATED_PARSERS)
                .should().beFinal();
        ArchRule noHeldReferences = noFields().that().areStatic().and().areDeclaredInClassesThat().resideInAnyPackage(ANALYSIS)
                .should().haveRawType(assignableTo(Reference.class).or(assignableTo(AtomicReference.class))
                        .or(assignableTo(ThreadLocal.class)).or(assignableTo(Report.class)));
        allFinal.check(product);
        noHeldReferences.check(product);
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
    void theProductHoldsNoBenchmarkCode() {
        noClasses().should().resideInAPackage("..bench..").check(product);
    }

    @Test
    void theProductUsesNoBenchmarkCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(BENCHMARK_CODE).check(product);
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
}
