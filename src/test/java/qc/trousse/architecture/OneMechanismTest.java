package qc.trousse.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import qc.trousse.ui.DialogService;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** One mechanism for each thing (docs/adr/0006, 0007, 0008), checked on the compiled classes. */
@AnalyzeClasses(packages = "qc.trousse", importOptions = ImportOption.DoNotIncludeTests.class)
class OneMechanismTest {
    @ArchTest
    static final ArchRule errorsAreShownOnlyByTheOneErrorPath = noClasses()
            .that().doNotHaveFullyQualifiedName("qc.trousse.ui.Failures")
            .should().callMethodWhere(DescribedPredicate.describe("DialogService.error",
                    (JavaMethodCall call) -> call.getTarget().getName().equals("error")
                            && call.getTargetOwner().isAssignableTo(DialogService.class)))
            .because("a failure is logged with its cause and then told, in one place: ui/Failures (ADR 0007)");

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToStandardError = noClasses()
            .that().doNotHaveFullyQualifiedName("qc.trousse.cli.Cli")
            .and().doNotHaveFullyQualifiedName("qc.trousse.Main")
            .should().accessField(System.class, "err")
            .because("a command's failure goes up to Cli, which logs it and prints its one line (ADR 0007)");

    @ArchTest
    static final ArchRule twoWayBindingsKeepNoGuardFlag = noFields()
            .that().haveRawType(boolean.class)
            .and(DescribedPredicate.describe("are named showing, updating, loading or applying",
                    (JavaField f) -> Set.of("showing", "updating", "loading", "applying").contains(f.getName())))
            .should().beDeclaredInClassesThat().resideInAPackage("qc.trousse.ui..")
            .because("a control shows the file's value without writing it back through ui/WriteBack (ADR 0008)")
            .allowEmptyShould(true);
}
