package org.collegium.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void keepsAnOrdinaryNameAndItsLanguage() {
        assertThat(FileNames.sanitise("Planification des investissements – module 3.pdf", FileFormat.PDF))
                .isEqualTo("Planification des investissements – module 3.pdf");
        assertThat(FileNames.sanitise("Улаанбаатар.mp4", FileFormat.MP4)).isEqualTo("Улаанбаатар.mp4");
    }

    @Test
    void dropsFoldersSoNoNameCanPointElsewhere() {
        assertThat(FileNames.sanitise("../../etc/passwd.pdf", FileFormat.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitise("C:\\Users\\ana\\report.docx", FileFormat.DOCX)).isEqualTo("report.docx");
    }

    @Test
    void removesControlAndDirectionCharactersAndThoseFileSystemsForbid() {
        assertThat(FileNames.sanitise("in\u0000voice\r\n.pdf", FileFormat.PDF)).isEqualTo("invoice.pdf");
        assertThat(FileNames.sanitise("report\u202Efdp.exe.pdf", FileFormat.PDF)).isEqualTo("reportfdp.exe.pdf");
        assertThat(FileNames.sanitise("a\"b<c>d|e?.pdf", FileFormat.PDF)).isEqualTo("a_b_c_d_e_.pdf");
        assertThat(FileNames.sanitise("  ...hidden  . ", FileFormat.PDF)).isEqualTo("hidden.pdf");
    }

    @Test
    void givesTheExtensionOfWhatTheContentIs() {
        assertThat(FileNames.sanitise("lecture", FileFormat.WEBM)).isEqualTo("lecture.webm");
        assertThat(FileNames.sanitise("photo.JPEG", FileFormat.JPEG)).isEqualTo("photo.JPEG".substring(0, 5) + ".jpg");
        assertThat(FileNames.sanitise("", FileFormat.PNG)).isEqualTo("file.png");
        assertThat(FileNames.sanitise(null, FileFormat.PNG)).isEqualTo("file.png");
        assertThat(FileNames.sanitise("con.pdf", FileFormat.PDF)).isEqualTo("_con.pdf");
    }

    @Test
    void shortensVeryLongNamesKeepingTheExtension() {
        String name = FileNames.sanitise("é".repeat(300) + ".pdf", FileFormat.PDF);
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
