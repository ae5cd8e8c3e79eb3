package dev.parley.bench;

import dev.parley.protocol.ParleyException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts failures by kind: a server error by its protocol code ({@code error:room_not_found}),
 * anything else by exception type ({@code IOException}, {@code TimeoutException}), an
 * unexpected close by its close code ({@code closed:1013}). Keeps the first message of each
 * kind so a report can say what happened. Thread-safe.
 */
final class Errors {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, String> samples = new ConcurrentHashMap<>();

    void record(Throwable failure) {
        Throwable t = unwrap(failure);
        String kind = t instanceof ParleyException pe ? "error:" + pe.code().wireName() : t.getClass().getSimpleName();
        record(kind, String.valueOf(t.getMessage()));
    }

    void record(String kind, String sample) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
        samples.putIfAbsent(kind, sample);
    }

    long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Counts by kind, sorted by kind. */
    Map<String, Long> byKind() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    String sample(String kind) {
        return samples.get(kind);
    }

    /** "0", or e.g. "3 (IOException 2, error:internal 1)". */
    String summary() {
        long total = total();
        if (total == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder().append(total).append(" (");
        boolean first = true;
        for (var e : byKind().entrySet()) {
            sb.append(first ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
            first = false;
        }
        return sb.append(')').toString();
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
