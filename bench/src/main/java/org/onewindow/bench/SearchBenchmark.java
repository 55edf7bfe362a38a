package org.onewindow.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Catalogue search over HTTP at a fixed rate: {@code /api/catalog/search?q=} (JSON) or
 * {@code /services/search?q=} (the HTML page), each request a query from a realistic mix of what
 * citizens type, misses included.
 *
 * <p>Settings: {@code search.rate} (200 requests/s), {@code search.warmup} (30s),
 * {@code search.measure} (60s), {@code search.threads} (64 virtual threads).
 */
final class SearchBenchmark {

    /** What citizens type: everyday words, synonyms, department jargon, two-word queries. */
    static final List<String> HITS = List.of(
            "开公司", "开饭店", "办执照", "生孩子", "公积金 提取", "失业", "退休", "营业执照", "开店", "失业金",
            "医保报销", "居住证", "结婚", "社保卡", "养老金", "残疾补贴", "低保", "施工许可", "税务登记", "个体户",
            "食品经营许可", "出生登记", "丧葬补助", "挖路", "驾驶证", "新生儿", "看病报销", "租房 公积金", "刻章",
            "失业登记", "户口", "企业开办", "社会保险登记", "身后事");

    /** Queries that should find nothing (or next to nothing). */
    static final List<String> MISSES = List.of("护照签注", "火星移民", "宠物狗证", "xyzzy", "钓鱼许可 海上");

    /** Which of the two endpoints a run exercises. */
    enum Endpoint {
        API("/api/catalog/search?q=", "application/json"),
        PAGE("/services/search?q=", "text/html");

        private final String prefix;
        private final String accept;

        Endpoint(String prefix, String accept) {
            this.prefix = prefix;
            this.accept = accept;
        }

        String path() {
            return prefix;
        }
    }

    private final int port;
    private final int threads;
    private final LoopbackClients clients = new LoopbackClients(8);
    private final List<String> queries;

    SearchBenchmark(int port, int threads) {
        this.port = port;
        this.threads = threads;
        List<String> mix = new ArrayList<>();
        // One miss for every seven hits, as in a search log where most people find something.
        for (int i = 0; i < HITS.size(); i++) {
            mix.add(HITS.get(i));
            if (i % 7 == 6) {
                mix.add(MISSES.get((i / 7) % MISSES.size()));
            }
        }
        this.queries = List.copyOf(mix);
    }

    int distinctQueries() {
        return queries.size();
    }

    /** Runs one endpoint at the given rate. */
    Result run(Endpoint endpoint, double rate, Duration warmup, Duration measure) throws InterruptedException {
        List<PortalBrowser> browsers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            browsers.add(new PortalBrowser(clients.forUser(i), port));
        }
        AtomicLong next = new AtomicLong();
        Operation search = worker -> {
            String query = queries.get((int) (next.getAndIncrement() % queries.size()));
            browsers.get(worker)
                    .get(endpoint.prefix + URLEncoder.encode(query, StandardCharsets.UTF_8), endpoint.accept)
                    .expect(200, "search " + query);
        };
        LoadDriver driver = new LoadDriver(threads, Thread.ofVirtual().name("search-", 0).factory(), rate);
        return new Result(endpoint, rate, warmup, driver.run(warmup, measure, search, LoadDriver.Hooks.NONE));
    }

    /**
     * One endpoint's outcome.
     *
     * @param endpoint which endpoint
     * @param rate the target rate in requests per second
     * @param warmup the warm-up's length
     * @param measurement the requests of the measured period
     */
    record Result(Endpoint endpoint, double rate, Duration warmup, Measurement measurement) {

        /** The target: p99 under 20 ms at the rate, without errors. */
        boolean meetsTarget() {
            return measurement.errors() == 0 && measurement.p99Millis() < 20
                    && measurement.perSecond() >= rate * 0.99;
        }

        ResultTable.Row row(String date, int queries) {
            return ResultTable.row()
                    .add("date", date)
                    .add("endpoint", "`" + endpoint.path() + "`")
                    .add("target req/s", ResultTable.number(rate, 0))
                    .add("queries", queries)
                    .add("warm-up / measured", warmup.toSeconds() + " s / " + measurement.period().toSeconds() + " s")
                    .add("req/s", ResultTable.number(measurement.perSecond(), 1))
                    .add("p50 ms", ResultTable.number(measurement.p50Millis(), 2))
                    .add("p99 ms", ResultTable.number(measurement.p99Millis(), 2))
                    .add("max ms", ResultTable.number(measurement.maxMillis(), 1))
                    .add("errors", measurement.errors())
                    .add("CPU ms per request (JVM + DB)", measurement.cpuMillisPerOperation())
                    .add("others' CPU (steal)", measurement.othersCpuPercent() + " (" + measurement.stealPercent() + ")")
                    .add("p99 < 20 ms", meetsTarget() ? "yes" : "**no**");
        }
    }
}
