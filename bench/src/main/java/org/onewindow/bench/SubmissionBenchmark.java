package org.onewindow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onewindow.bench.BenchCitizens.LoggedIn;

/**
 * Complete submissions over HTTP by logged-in citizens, each through the portal's applications
 * API, in one of two ways ({@link Api}):
 *
 * <ul>
 *   <li>{@code one-call}: {@code POST /api/applications} with the values and an Idempotency-Key,
 *       which starts the draft (prefilled from the population registry), validates everything and
 *       creates the case (timeline, audit entry, process, the {@code ApplicationSubmitted} event) in
 *       one request; one submission in ten carries a 200 KB PDF as a file part of the same request.
 *   <li>{@code drafts}: start a draft, put the typed values, submit: three requests; the one in ten
 *       with the PDF saves its values and the file through the draft page's multipart form instead
 *       of {@code PUT …/values}.
 * </ul>
 *
 * <p>A citizen makes one submission at a time; a worker takes whichever citizen is idle.
 * Settings: {@code submission.api} (one-call; a list runs each), {@code submission.rates}
 * (300,max), {@code submission.warmup} (60s), {@code submission.measure} (60s),
 * {@code submission.threads} (400 virtual threads when paced), {@code submission.max-threads}
 * (64 when unpaced), {@code submission.citizens} (1000).
 */
final class SubmissionBenchmark {

    /** How a client submits. */
    enum Api {
        ONE_CALL("one call"),
        DRAFTS("drafts (3 calls)");

        private final String label;

        Api(String label) {
            this.label = label;
        }

        static Api parse(String text) {
            return switch (text.strip()) {
                case "one-call" -> ONE_CALL;
                case "drafts" -> DRAFTS;
                default -> throw new IllegalArgumentException("submission.api is one-call or drafts, not " + text);
            };
        }
    }

    static final String ONE_CALL = "one call";
    static final String ONE_CALL_PDF = "one call + PDF";
    static final String CREATE = "create draft";
    static final String VALUES = "PUT values";
    static final String UPLOAD = "page save + PDF";
    static final String SUBMIT = "submit";
    private static final String[] STEPS = {ONE_CALL, ONE_CALL_PDF, CREATE, VALUES, UPLOAD, SUBMIT};

    private static final Pattern DRAFT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String NEW_DRAFT = "{\"kind\":\"item\",\"code\":\"" + PensionApplication.ITEM + "\"}";

    private final BlockingQueue<LoggedIn> idle;
    private final int citizens;
    private final SubmissionChecks checks;
    private final byte[] pdf = PensionApplication.pdf();
    private final AtomicLong sequence = new AtomicLong();
    private final StatementCounts statements;
    private final String databaseName;

    SubmissionBenchmark(List<LoggedIn> loggedIn, SubmissionChecks checks, StatementCounts statements,
            String databaseName) {
        this.idle = new ArrayBlockingQueue<>(loggedIn.size(), false, loggedIn);
        this.citizens = loggedIn.size();
        this.checks = checks;
        this.statements = statements;
        this.databaseName = databaseName;
    }

    /** One run at a rate (0: unpaced), then waits for the events and checks what was stored. */
    Result run(Api api, double rate, int threads, Duration warmup, Duration measure) throws Exception {
        Map<String, Long> before = checks.count();
        StepLatencies steps = new StepLatencies(STEPS);
        LongAdder submitted = new LongAdder();
        LongAdder withFile = new LongAdder();
        Operation submission = worker -> {
            LoggedIn citizen = idle.take();
            try {
                PensionApplication form = PensionApplication.of(citizen.index(), sequence.getAndIncrement());
                if (api == Api.ONE_CALL) {
                    submitInOneCall(citizen.browser(), form, steps);
                } else {
                    submit(citizen.browser(), form, steps);
                }
                submitted.increment();
                if (form.withAttachment()) {
                    withFile.increment();
                }
            } finally {
                idle.put(citizen);
            }
        };
        LoadDriver driver = new LoadDriver(threads, Thread.ofVirtual().name("submission-", 0).factory(), rate);
        StatementCounts.Counts[] counted = {StatementCounts.Counts.NONE};
        Measurement measurement = driver.run(warmup, measure, submission, new LoadDriver.Hooks() {
            @Override
            public void measureStarted() {
                steps.measureStarted();
                statements.reset();
            }

            @Override
            public void measureEnded() {
                steps.measureEnded();
                counted[0] = statements.read(databaseName, EngineBenchmark.SEED_MARK);
            }
        });
        statements.printPerOperation(databaseName, measurement.operations(), 45);
        long drainStarted = System.nanoTime();
        long deadline = drainStarted + Duration.ofMinutes(2).toNanos();
        while (checks.incomplete() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;
        Map<String, Long> after = checks.count();
        Map<String, Long> added = new java.util.LinkedHashMap<>();
        after.forEach((key, value) -> added.put(key, key.startsWith("incomplete") ? value : value - before.get(key)));
        return new Result(api, rate, threads, citizens, warmup, measurement, steps, submitted.sum(), withFile.sum(),
                added, drainSeconds, counted[0]);
    }

    private void submitInOneCall(PortalBrowser browser, PensionApplication form, StepLatencies steps)
            throws Exception {
        String key = "bench-" + form.number();
        if (form.withAttachment()) {
            steps.time(ONE_CALL_PDF, () -> browser.postJsonAndFiles("/api/applications", "application",
                    form.application(), List.of(new PortalBrowser.Upload(PensionApplication.ATTACHMENT_FIELD,
                            "特殊工种证明.pdf", "application/pdf", pdf)), "Idempotency-Key", key)
                    .expect(201, "one call with PDF"));
        } else {
            steps.time(ONE_CALL, () -> browser.json("POST", "/api/applications", form.application(),
                    "Idempotency-Key", key).expect(201, "one call"));
        }
    }

    private void submit(PortalBrowser browser, PensionApplication form, StepLatencies steps) throws Exception {
        String draft = steps.time(CREATE, () -> draftId(
                browser.json("POST", "/api/applications/drafts", NEW_DRAFT).expect(201, "create draft").body()));
        if (form.withAttachment()) {
            steps.time(UPLOAD, () -> {
                List<String> fields = new ArrayList<>(List.of("action", "save", "version", "0"));
                fields.addAll(form.formFields());
                PortalBrowser.Reply saved = browser.postMultipart("/drafts/" + draft, fields, List.of(
                        new PortalBrowser.Upload("file:" + PensionApplication.MATERIAL, "特殊工种证明.pdf",
                                "application/pdf", pdf)));
                if (saved.status() != 302 || !saved.location().orElse("").endsWith("/drafts/" + draft + "?saved")) {
                    throw new IllegalStateException("page save with PDF: " + saved.status() + " "
                            + saved.location().orElse(saved.body().length() > 300 ? "" : saved.body()));
                }
                return saved;
            });
        } else {
            steps.time(VALUES, () -> {
                PortalBrowser.Reply saved = browser.json("PUT", "/api/applications/drafts/" + draft + "/values",
                        form.json(), "If-Match", "\"0\"").expect(200, "put values");
                if (!saved.body().contains("\"ignored\":[]")) {
                    throw new IllegalStateException("put values ignored fields: " + saved.body());
                }
                return saved;
            });
        }
        steps.time(SUBMIT, () -> browser.json("POST", "/api/applications/drafts/" + draft + "/submit", null,
                "Idempotency-Key", draft).expect(201, "submit"));
    }

    private static String draftId(String body) {
        Matcher id = DRAFT_ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("No draft id in " + body);
        }
        return id.group(1);
    }

    /**
     * A run's outcome.
     *
     * @param api how the client submitted
     * @param rate target submissions per second, 0 for unpaced
     * @param threads concurrent workers
     * @param citizens distinct logged-in citizens
     * @param warmup the warm-up's length
     * @param measurement whole submissions of the measured period (latency from when each was due)
     * @param steps each HTTP call's own latency
     * @param submitted submissions that completed over the whole run (warm-up included)
     * @param withFile of those, how many carried the PDF
     * @param added what the database gained over the run (the incomplete publications: after it)
     * @param drainSeconds how long after the run the last event publication took to complete
     * @param statements statements and transactions in the application's database in the measured period
     *     (the chainer's, the listeners' and the sessions' included)
     */
    record Result(Api api, double rate, int threads, int citizens, Duration warmup, Measurement measurement,
            StepLatencies steps, long submitted, long withFile, Map<String, Long> added, double drainSeconds,
            StatementCounts.Counts statements) {

        /** Every counted submission left its case, audit entry, process and inbox message; no publication incomplete. */
        boolean consistent() {
            return added.get("cases") == submitted
                    && added.get("submitted audit entries") == submitted
                    && added.get("processes") == submitted
                    && added.get("inbox messages") == submitted
                    && added.get("attachments") == withFile
                    && added.get("upload audit entries") == withFile
                    && added.get("incomplete publications") == 0;
        }

        boolean meetsTarget() {
            return rate > 0 && measurement.perSecond() >= rate * 0.99 && measurement.errors() == 0 && consistent();
        }

        ResultTable.Row row(String date, double baselineRowsPerSecond) {
            return ResultTable.row()
                    .add("date", date)
                    .add("API", api.label)
                    .add("target /s", rate > 0 ? ResultTable.number(rate, 0) : "max (unpaced)")
                    .add("workers", threads)
                    .add("citizens", citizens)
                    .add("warm-up / measured", warmup.toSeconds() + " s / " + measurement.period().toSeconds() + " s")
                    .add("submissions/s", ResultTable.number(measurement.perSecond(), 1))
                    .add("p50 ms", ResultTable.number(measurement.p50Millis(), 1))
                    .add("p99 ms", ResultTable.number(measurement.p99Millis(), 1))
                    .add("max ms", ResultTable.number(measurement.maxMillis(), 0))
                    .add("each call p50 / p99 ms", callSummary())
                    .add("with PDF", steps.count(UPLOAD) + steps.count(ONE_CALL_PDF))
                    .add("errors", measurement.errors())
                    .add("ratio to baseline", baselineRowsPerSecond > 0
                            ? ResultTable.number(measurement.perSecond() / baselineRowsPerSecond * 100, 2) + " %"
                            : "n/a")
                    .add("CPU ms per submission (JVM + DB)", measurement.cpuMillisPerOperation())
                    .add("statements / transactions (BEGIN) per submission",
                            statements.perCase(measurement.operations()) + " / "
                                    + statements.beginsPerCase(measurement.operations()))
                    .add("others' CPU (steal)", measurement.othersCpuPercent() + " (" + measurement.stealPercent() + ")");
        }

        /** Each kind of HTTP call that ran, with its own p50 / p99. */
        private String callSummary() {
            return java.util.Arrays.stream(STEPS)
                    .filter(step -> steps.count(step) > 0)
                    .map(step -> step + " " + steps.summary(step))
                    .collect(java.util.stream.Collectors.joining("; "));
        }

        /** What the database gained, for the report. */
        ResultTable.Row checks(String date) {
            ResultTable.Row row = ResultTable.row()
                    .add("date", date)
                    .add("API", api.label)
                    .add("target /s", rate > 0 ? ResultTable.number(rate, 0) : "max (unpaced)")
                    .add("submitted (whole run)", submitted)
                    .add("with PDF", withFile);
            added.forEach(row::add);
            return row.add("events drained in s", ResultTable.number(drainSeconds, 1))
                    .add("all consistent", consistent() ? "yes" : "**no**");
        }
    }
}
