package org.treatywatch.spark.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.treatywatch.spark.FailureReason;
import org.treatywatch.spark.FailureTally;

/**
 * The files a run reads, listed once on the driver through Hadoop's file systems (so a path may be
 * local, {@code hdfs://}, {@code s3a://} or {@code gs://}, and may hold glob patterns). Directories
 * are walked; names starting with {@code _} or {@code .} ({@code _SUCCESS}, checksums) are ignored,
 * as Spark itself does. Empty files and files of no known format become failures here, before any
 * task starts.
 *
 * @param byFormat   the files to read, grouped by format
 * @param totalBytes the summed size of those files
 * @param failures   files that will not be read, with the reason
 */
public record InputFiles(Map<SourceFormat, List<String>> byFormat, long totalBytes, List<FailureTally.Failure> failures) {

    /** A path or pattern that matches nothing: a usage error, reported before the job starts. */
    public static final class NotFoundException extends IOException {
        public NotFoundException(String message) {
            super(message);
        }
    }

    public static InputFiles list(List<String> patterns, Configuration conf) throws IOException {
        Map<SourceFormat, List<String>> byFormat = new EnumMap<>(SourceFormat.class);
        List<FailureTally.Failure> failures = new ArrayList<>();
        long[] bytes = {0};
        for (String pattern : patterns) {
            Path path = new Path(pattern);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new NotFoundException(pattern + ": no such file or directory");
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                    while (files.hasNext()) {
                        LocatedFileStatus file = files.next();
                        if (!hidden(file.getPath(), match.getPath())) {
                            add(file, byFormat, failures, bytes);
                        }
                    }
                } else {
                    add(match, byFormat, failures, bytes);
                }
            }
        }
        return new InputFiles(byFormat, bytes[0], List.copyOf(failures));
    }

    public List<String> files(SourceFormat format) {
        return byFormat.getOrDefault(format, List.of());
    }

    public int fileCount() {
        return byFormat.values().stream().mapToInt(List::size).sum();
    }

    private static void add(FileStatus file, Map<SourceFormat, List<String>> byFormat,
            List<FailureTally.Failure> failures, long[] bytes) {
        String name = file.getPath().toString();
        Optional<SourceFormat> format = SourceFormat.ofFileName(file.getPath().getName());
        if (format.isEmpty()) {
            failures.add(new FailureTally.Failure(FailureReason.UNKNOWN_FORMAT, name));
        } else if (file.getLen() == 0) {
            failures.add(new FailureTally.Failure(FailureReason.EMPTY_FILE, name));
        } else {
            byFormat.computeIfAbsent(format.get(), f -> new ArrayList<>()).add(name);
            bytes[0] += file.getLen();
        }
    }

    /** True for a file under {@code root} with a path component starting with "_" or ".". */
    private static boolean hidden(Path file, Path root) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
