package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

import cn.villagestats.programme.StandardProgrammes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.villagestats.workbook.xlsx.ZipParts;

/** A part of a workbook that inflates past {@code villagestats.intake.max-part-mb} is refused with its name. */
class PartSizeLimitTests {

    private static final String COVER_PART = "xl/worksheets/sheet1.xml";
    private static final IntakeLimits ONE_MEGABYTE_PARTS = new IntakeLimits(100L << 20, 128L << 20, 1L << 20, 0.01,
            20_000);

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAPartLargerThanTheLimitThoughItCompressesAsDataDoes() throws Exception {
        // given a cover sheet of 1.4 MB (the limit: 1 MB) that compresses as ordinary data, not as a bomb
        Path workbook = withANoteOfAMegabyteAndAHalfInTheCover(ReturnFixture.standard().write(Format.XLSX, dir));

        // when / then
        assertThatThrownBy(() -> ReturnWorkbookReader.open(workbook, ONE_MEGABYTE_PARTS, StandardProgrammes.SHEETS).close())
                .isInstanceOfSatisfying(UnreadableReturnException.class, e -> {
                    assertThat(e.reasonEn()).contains(COVER_PART, "over the size limit").doesNotContain("zip bomb");
                    assertThat(e.reasonZh()).contains(COVER_PART, "超过允许的大小");
                });
    }

    @Test
    void shouldReadTheSameWorkbookUnderTheDefaultLimits() throws Exception {
        // given
        Path workbook = withANoteOfAMegabyteAndAHalfInTheCover(ReturnFixture.standard().write(Format.XLSX, dir));

        // when
        try (ReturnWorkbook opened = ReturnWorkbookReader.open(workbook, IntakeLimits.defaults(), StandardProgrammes.SHEETS)) {
            // then
            assertThat(opened.next()).isNull();
        }
    }

    private static Path withANoteOfAMegabyteAndAHalfInTheCover(Path workbook) throws Exception {
        byte[] noise = new byte[1 << 20];
        new Random(7).nextBytes(noise);
        String note = "<!-- " + Base64.getEncoder().encodeToString(noise) + " -->";
        ZipParts.rewrite(workbook, COVER_PART, xml -> xml.replace("</worksheet>", note + "</worksheet>"));
        return workbook;
    }
}
