package qc.trousse.importing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The importer and the recipients are plain Java: no window, no console, usable from the headless commands. */
class ImportArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("qc.trousse.importing", "qc.trousse.certificates");

    @Test
    void noJavaFxInTheDomain() {
        noClasses().that().resideInAnyPackage("qc.trousse.importing..", "qc.trousse.certificates")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void noConsoleOutput() {
        noClasses().that().resideInAnyPackage("qc.trousse.importing..", "qc.trousse.certificates")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void theImporterKnowsNothingOfRecipients() {
        noClasses().that().resideInAPackage("qc.trousse.importing..")
                .should().dependOnClassesThat().resideInAnyPackage("qc.trousse.certificates..", "qc.trousse.store..")
                .check(classes);
    }
}
