package qc.trousse.posts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import qc.trousse.i18n.I18n;
import qc.trousse.i18n.Lang;

import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The posts domain stays plain Java, and its messages exist in both languages. */
class PostsArchitectureTest {
    private final JavaClasses posts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("qc.trousse.posts");

    @Test
    void theDomainImportsNoJavaFxAndPrintsNothing() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(posts);
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(posts);
    }

    @Test
    void everyPostsMessageIsInFrenchAndEnglish() {
        Set<String> fr = keys(I18n.bundle(Lang.FR));
        Set<String> en = keys(I18n.bundle(Lang.EN));
        assertThat(fr).isNotEmpty().isEqualTo(en);
        for (PostState s : PostState.values()) {
            assertThat(fr).contains(s.key());
        }
        for (TypoRule r : TypoRule.values()) {
            assertThat(fr).contains(r.key());
        }
        for (Network n : Network.values()) {
            assertThat(fr).contains("posts.preview.when." + n.name(), "posts.preview.actions." + n.name());
        }
    }

    private static Set<String> keys(ResourceBundle bundle) {
        Set<String> keys = new TreeSet<>();
        for (String k : Collections.list(bundle.getKeys())) {
            if (k.startsWith("posts.") || k.startsWith("edit.posts.") || k.startsWith("cli.help.posts")) {
                keys.add(k);
            }
        }
        return keys;
    }
}
