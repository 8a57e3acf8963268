package io.newsflow.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CPU time and resident memory of a process and its children, from /proc (Linux). */
public record ProcessStats(double cpuSeconds, long rssMb) {

    private static final double TICKS_PER_SECOND = 100.0;

    public static ProcessStats of(ProcessHandle process) {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process);
        double cpu = 0;
        long rssKb = 0;
        for (ProcessHandle p : family) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpu += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rssKb += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The process ended meanwhile: it no longer counts.
            }
        }
        return new ProcessStats(cpu, rssKb / 1024);
    }
}
