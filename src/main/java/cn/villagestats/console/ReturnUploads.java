package cn.villagestats.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.villagestats.consolidation.CheckedReturn;
import cn.villagestats.consolidation.ReturnCheck;
import cn.villagestats.feedback.UploadFeedback;
import cn.villagestats.users.AuditLog;
import cn.villagestats.users.ConsoleUserDetails;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes uploaded returns into a period's inbox. Each file is first written under a hidden
 * temporary name in the inbox (the night skips hidden files), read and validated at once by
 * {@link ReturnCheck}, and, when its cover names a village the user may report for, renamed
 * to {@code <village code>-<time>.<xlsx|xls>}: the night never reads half a file, and the
 * name the client sent never reaches the file system. The next night (or 立即运行) consolidates
 * it; a later upload supersedes it as a second file does.
 */
@Component
public class ReturnUploads {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern FEEDBACK_NAME = Pattern.compile("\\d{12}-\\d{8}-\\d{6}-\\d{3}\\.xlsx");

    private final ReturnCheck check;
    private final UploadFeedback feedback;
    private final ConsoleFolders folders;
    private final AuditLog audit;
    private final Path feedbackRoot;
    private final long maxBytes;

    ReturnUploads(ReturnCheck check, UploadFeedback feedback, ConsoleFolders folders, AuditLog audit,
                  @Value("${villagestats.out:out}") Path out,
                  @Value("${villagestats.console.max-upload-mb:20}") long maxUploadMb) {
        this.maxBytes = maxUploadMb * 1024 * 1024;
        this.check = check;
        this.feedback = feedback;
        this.folders = folders;
        this.audit = audit;
        this.feedbackRoot = out.resolve("upload-feedback");
    }

    /**
     * Checks every file, then keeps those that may be kept. A village user's file naming another
     * village refuses the whole upload ({@link ForeignReturnException}) before anything is kept.
     */
    public List<UploadResult> receive(YearMonth period, List<MultipartFile> files, ConsoleUserDetails user) {
        Path inbox = folders.inbox(period);
        List<Path> temporary = new ArrayList<>();
        try {
            Files.createDirectories(inbox);
            List<CheckedReturn> checked = new ArrayList<>();
            for (MultipartFile file : files) {
                if (file.getSize() > maxBytes) {
                    throw new UploadTooLargeException(maxBytes);
                }
                Path part = Files.createTempFile(inbox, ".upload-", ".part");
                temporary.add(part);
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                CheckedReturn result = check.check(part, period);
                if (result.villageCode() != null && !user.maySee(result.villageCode())) {
                    audit.record(user.getUsername(), "upload", period + " " + shown(file.getOriginalFilename()),
                            "refused: another village's return (" + result.villageCode() + ")");
                    throw new ForeignReturnException(result.villageCode());
                }
                checked.add(result);
            }
            List<UploadResult> results = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                results.add(keep(period, shown(files.get(i).getOriginalFilename()), temporary.get(i), checked.get(i), user));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the upload into " + inbox, e);
        } finally {
            for (Path part : temporary) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    // a leftover hidden part file is skipped by the night and replaced by the next upload
                }
            }
        }
    }

    /** The feedback workbook of an upload, by the name the answer gave; only a user who may see its village gets it. */
    public Optional<Path> feedback(YearMonth period, String name, ConsoleUserDetails user) {
        if (!FEEDBACK_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        ConsoleModel.checkVillage(user, name.substring(0, 12));
        Path file = feedbackRoot.resolve(period.toString()).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private UploadResult keep(YearMonth period, String shownName, Path part, CheckedReturn checked,
                              ConsoleUserDetails user) throws IOException {
        if (checked.villageCode() == null) {
            audit.record(user.getUsername(), "upload", period + " " + shownName, "not kept: " + checked.reasonEn());
            return new UploadResult(shownName, null, checked, null);
        }
        String stem = checked.villageCode() + "-" + LocalDateTime.now().format(STAMP);
        while (Files.exists(folders.inbox(period).resolve(stem + ".xlsx"))
                || Files.exists(folders.inbox(period).resolve(stem + ".xls"))) {
            // two uploads of one village in the same millisecond: the later one takes the next free name
            stem = checked.villageCode() + "-" + LocalDateTime.now().plusNanos(1_000_000).format(STAMP);
        }
        String stored = stem + "." + extension(part);
        Path feedbackFile = feedbackRoot.resolve(period.toString()).resolve(stem + ".xlsx");
        String feedbackName = null;
        if (!checked.accepted() || !checked.problems().isEmpty() || !checked.warnings().isEmpty()) {
            Files.createDirectories(feedbackFile.getParent());
            feedback.write(checked, stored, part, feedbackFile);
            feedbackName = feedbackFile.getFileName().toString();
        }
        Files.move(part, folders.inbox(period).resolve(stored), StandardCopyOption.ATOMIC_MOVE);
        audit.record(user.getUsername(), "upload", period + " " + stored, checked.status() + ", rows "
                + checked.rowsRead() + " = " + checked.rowsAccepted() + " + " + checked.rowsRejected());
        return new UploadResult(shownName, stored, checked, feedbackName);
    }

    /** xls for the old binary format, xlsx otherwise: by the file's first bytes, never by the client's name. */
    private static String extension(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            return n == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                    && (head[3] & 0xFF) == 0xE0 ? "xls" : "xlsx";
        }
    }

    /** The client's file name as the answer shows it: its last part, no control characters, at most 100 characters. */
    static String shown(String clientName) {
        if (clientName == null) {
            return "";
        }
        String last = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "");
        return last.length() <= 100 ? last : last.substring(0, 100);
    }
}
