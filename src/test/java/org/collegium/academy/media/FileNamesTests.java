package org.collegium.academy.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void keepsAnOrdinaryNameAndItsLanguage() {
        assertThat(FileNames.sanitise("Planification des investissements – module 3.pdf", MediaFormat.PDF))
                .isEqualTo("Planification des investissements – module 3.pdf");
        assertThat(FileNames.sanitise("Улаанбаатар.mp4", MediaFormat.MP4)).isEqualTo("Улаанбаатар.mp4");
    }

    @Test
    void dropsFoldersSoNoNameCanPointElsewhere() {
        assertThat(FileNames.sanitise("../../etc/passwd.pdf", MediaFormat.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitise("C:\\Users\\ana\\report.docx", MediaFormat.DOCX)).isEqualTo("report.docx");
    }

    @Test
    void removesControlAndDirectionCharactersAndThoseFileSystemsForbid() {
        assertThat(FileNames.sanitise("in\u0000voice\r\n.pdf", MediaFormat.PDF)).isEqualTo("invoice.pdf");
        assertThat(FileNames.sanitise("report\u202Efdp.exe.pdf", MediaFormat.PDF)).isEqualTo("reportfdp.exe.pdf");
        assertThat(FileNames.sanitise("a\"b<c>d|e?.pdf", MediaFormat.PDF)).isEqualTo("a_b_c_d_e_.pdf");
        assertThat(FileNames.sanitise("  ...hidden  . ", MediaFormat.PDF)).isEqualTo("hidden.pdf");
    }

    @Test
    void givesTheExtensionOfWhatTheContentIs() {
        assertThat(FileNames.sanitise("lecture", MediaFormat.WEBM)).isEqualTo("lecture.webm");
        assertThat(FileNames.sanitise("photo.JPEG", MediaFormat.JPEG)).isEqualTo("photo.JPEG".substring(0, 5) + ".jpg");
        assertThat(FileNames.sanitise("", MediaFormat.PNG)).isEqualTo("file.png");
        assertThat(FileNames.sanitise(null, MediaFormat.PNG)).isEqualTo("file.png");
        assertThat(FileNames.sanitise("con.pdf", MediaFormat.PDF)).isEqualTo("_con.pdf");
    }

    @Test
    void shortensVeryLongNamesKeepingTheExtension() {
        String name = FileNames.sanitise("é".repeat(300) + ".pdf", MediaFormat.PDF);
        assertThat(name).isEqualTo("é".repeat(FileNames.MAX_BASE_LENGTH) + ".pdf");
    }

    @Test
    void readsTheExtensionOfTheLastSegmentOnly() {
        assertThat(FileNames.extension("dir.pdf/video.MP4")).contains("mp4");
        assertThat(FileNames.extension("README")).isEmpty();
        assertThat(FileNames.extension(".profile")).isEmpty();
        assertThat(FileNames.extension("trailing.")).isEmpty();
    }
}
