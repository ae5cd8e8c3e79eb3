package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SavedFilesTest {

    @Test
    void sanitize_dropsEveryPathElementButTheLast() {
        assertThat(SavedFiles.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SavedFiles.sanitize("..\\..\\Windows\\evil.exe")).isEqualTo("evil.exe");
    }

    @Test
    void sanitize_removesControlAndFormatCharacters() {
        assertThat(SavedFiles.sanitize("re\u0000port\n.pdf")).isEqualTo("report.pdf");
        // a right-to-left override makes "report\u202Efdp.exe" look like "reportexe.pdf"
        assertThat(SavedFiles.sanitize("report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
    }

    @Test
    void sanitize_replacesCharactersWindowsRefuses() {
        assertThat(SavedFiles.sanitize("a<b>c:d\"e|f?g*.txt")).isEqualTo("a_b_c_d_e_f_g_.txt");
    }

    @Test
    void sanitize_makesNoHiddenFilesNorDeviceNames() {
        assertThat(SavedFiles.sanitize(".bashrc")).isEqualTo("bashrc");
        assertThat(SavedFiles.sanitize("CON.txt")).isEqualTo("_CON.txt");
        assertThat(SavedFiles.sanitize("notes.")).isEqualTo("notes");
    }

    @Test
    void sanitize_ofNothingUsable_givesAName() {
        assertThat(SavedFiles.sanitize("")).isEqualTo("download");
        assertThat(SavedFiles.sanitize("../")).isEqualTo("download");
        assertThat(SavedFiles.sanitize(null)).isEqualTo("download");
    }

    @Test
    void sanitize_shortensLongNamesKeepingTheExtension() {
        assertThat(SavedFiles.sanitize("n".repeat(500) + ".pdf")).hasSize(200).endsWith(".pdf");
    }

    @Test
    void pictureName_followsTheStoredType() {
        assertThat(SavedFiles.pictureName("cat.webp", "image/png")).isEqualTo("cat.png");
        assertThat(SavedFiles.pictureName("cat.jpeg", "image/jpeg")).isEqualTo("cat.jpeg");
        assertThat(SavedFiles.pictureName("scan", "image/jpeg")).isEqualTo("scan.jpg");
    }
}
