package qc.trousse.office;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileRulesTest {
    @Test
    void mnaNameIsRequired() {
        assertThat(ProfileRules.mnaName(" ")).contains("validation.required");
        assertThat(ProfileRules.mnaName("Marie-Ève Tremblay")).isEmpty();
    }

    @Test
    void phoneAcceptsQuebecFormsAndRefusesGarbage() {
        assertThat(ProfileRules.phone("418 555-0123")).isEmpty();
        assertThat(ProfileRules.phone("(514) 555-0123 poste 22")).isEmpty();
        assertThat(ProfileRules.phone("1-800-555-0123")).isEmpty();
        assertThat(ProfileRules.phone("555-0123")).contains("validation.phone");
        assertThat(ProfileRules.phone("appelez-nous")).contains("validation.phone");
    }

    @Test
    void socialHandlesAreCheckedForForm() {
        assertThat(ProfileRules.x("@MonDepute_2020")).isEmpty();
        assertThat(ProfileRules.x("@un nom avec espaces")).contains("validation.x");
        assertThat(ProfileRules.x("@nomBeaucoupTropLong")).contains("validation.x");
        assertThat(ProfileRules.instagram("@mon.depute")).isEmpty();
        assertThat(ProfileRules.facebook("https://www.facebook.com/mondepute")).isEmpty();
        assertThat(ProfileRules.facebook("a b")).contains("validation.facebook");
        assertThat(ProfileRules.linkedin("https://www.linkedin.com/in/marie-tremblay")).isEmpty();
        assertThat(ProfileRules.email("bureau@assnat.qc.ca")).isEmpty();
        assertThat(ProfileRules.email("bureau@")).contains("validation.email");
        assertThat(ProfileRules.linkedin("")).isEmpty();
    }
}
