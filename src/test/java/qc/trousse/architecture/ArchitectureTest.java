package qc.trousse.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layers of docs/architecture.md (decisions in docs/adr/), checked on the compiled classes. */
@AnalyzeClasses(packages = "qc.trousse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainAndStoreDoNotUseJavaFx = noClasses()
            .that().resideOutsideOfPackage("qc.trousse.ui..")
            .and().doNotHaveFullyQualifiedName("qc.trousse.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("the domain, the store and the headless commands run without a window");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoTheUiOrTheCommands = noClasses()
            .that().resideOutsideOfPackages("qc.trousse.ui..", "qc.trousse.cli..")
            .and().doNotHaveFullyQualifiedName("qc.trousse.Main")
            .should().dependOnClassesThat().resideInAnyPackage("qc.trousse.ui..", "qc.trousse.cli..");

    @ArchTest
    static final ArchRule onlyTheCommandsPrint = noClasses()
            .that().resideOutsideOfPackage("qc.trousse.cli..")
            .and().doNotHaveFullyQualifiedName("qc.trousse.Main")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the app logs; only the headless commands and the launcher print");

    @ArchTest
    static final ArchRule noRawThreads = noClasses()
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class)
            .because("background work goes through the BackgroundExecutor");

    @ArchTest
    static final ArchRule noSockets = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .because("the app works offline and opens no socket");
}
