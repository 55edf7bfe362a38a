package org.onewindow.bench;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The 12345 hotline's Open311 API over HTTP (issue #6): ticket intake ({@code POST
 * /open311/v2/requests.json} with an API key) at a fixed rate, and {@code GET requests.json} for a
 * 30-day window with a million tickets in the database.
 *
 * <p>Settings: {@code hotline.intake.rate} (300/s), {@code hotline.intake.threads} (128 virtual),
 * {@code hotline.read.rate} (20/s), {@code hotline.read.threads} (32), {@code hotline.tickets}
 * (1,000,000 seeded before the reads), {@code hotline.days} (365, the seeded span),
 * {@code hotline.warmup} (30s), {@code hotline.measure} (60s).
 */
final class HotlineBenchmark {

    /** Services with their required extra answers, as an Open311 client would post them. */
    static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("urban-streetlight", "");
        SERVICES.put("urban-manhole", "");
        SERVICES.put("env-garbage", "");
        SERVICES.put("env-noise", "attribute[noise_time]=NIGHT");
        SERVICES.put("transport-road-damage", "");
        SERVICES.put("housing-water-outage", "");
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final int port;
    private final String apiKey;
    private final List<String> districts;
    /** One HTTP client per loopback address, so that the portal sees several client addresses. */
    private final java.util.List<HttpClient> clients = loopbackClients(new LoopbackClients(8));

    HotlineBenchmark(int port, String apiKey, List<String> districts) {
        this.port = port;
        this.apiKey = apiKey;
        this.districts = districts;
    }

    /** Posts new service requests at the rate; each must answer 201 with a request id. */
    IntakeResult intake(double rate, int threads, Duration warmup, Duration measure, BenchDatabase database)
            throws Exception {
        long before = count(database, "select count(*) from hotline.ticket where channel = 'OPEN311'");
        AtomicLong next = new AtomicLong();
        LongAdder created = new LongAdder();
        List<String> services = new ArrayList<>(SERVICES.keySet());
        Operation post = worker -> {
            long n = next.getAndIncrement();
            String service = services.get((int) (n % services.size()));
            StringBuilder form = new StringBuilder()
                    .append("api_key=").append(encode(apiKey))
                    .append("&service_code=").append(service)
                    .append("&attribute%5Bdistrict%5D=").append(districts.get((int) (n % districts.size())))
                    .append("&lat=").append(26.05 + (n % 100) / 1000.0).append("&long=").append(119.28 + (n % 90) / 1000.0)
                    .append("&address_string=").append(encode("福州市测试路 " + (n % 500) + " 号"))
                    .append("&description=").append(encode("基准测试第 " + n + " 件：路灯不亮，晚上很黑。"));
            if (!SERVICES.get(service).isEmpty()) {
                form.append('&').append(SERVICES.get(service).replace("[", "%5B").replace("]", "%5D"));
            }
            if (n % 2 == 0) {
                form.append("&first_name=").append(encode("娜")).append("&last_name=").append(encode("林"))
                        .append("&phone=").append(139_0000_0000L + n % 1_0000_0000L);
            }
            HttpResponse<String> response = send(worker, HttpRequest.newBuilder(uri("/open311/v2/requests.json"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
            if (response.statusCode() != 201 || !response.body().contains("\"service_request_id\":\"12345-")) {
                throw new IllegalStateException("POST requests.json: " + response.statusCode() + " "
                        + abbreviate(response.body()));
            }
            created.increment();
        };
        LoadDriver driver = new LoadDriver(threads, Thread.ofVirtual().name("open311-post-", 0).factory(), rate);
        Measurement measurement = driver.run(warmup, measure, post, LoadDriver.Hooks.NONE);
        long after = count(database, "select count(*) from hotline.ticket where channel = 'OPEN311'");
        return new IntakeResult(rate, threads, warmup, measurement, created.sum(), after - before);
    }

    /**
     * Reads a 30-day window at the rate: in turn the whole window, its open requests, and one
     * service's requests; each answer must be a JSON list (of at most 1,000).
     */
    ReadResult read(double rate, int threads, Duration warmup, Duration measure, long tickets) throws Exception {
        OffsetDateTime end = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).plusMinutes(1);
        String window = "start_date=" + encode(ISO.format(end.minusDays(30))) + "&end_date=" + encode(ISO.format(end));
        List<String> queries = List.of(
                "/open311/v2/requests.json?" + window,
                "/open311/v2/requests.json?" + window + "&status=open",
                "/open311/v2/requests.json?" + window + "&service_code=urban-streetlight");
        AtomicLong next = new AtomicLong();
        LongAdder items = new LongAdder();
        LongAdder answers = new LongAdder();
        LongAdder bytes = new LongAdder();
        Map<String, Integer> sizes = new java.util.concurrent.ConcurrentHashMap<>();
        Operation get = worker -> {
            String query = queries.get((int) (next.getAndIncrement() % queries.size()));
            HttpResponse<String> response = send(worker, HttpRequest.newBuilder(uri(query))
                    .header("Accept", "application/json").GET());
            String body = response.body();
            if (response.statusCode() != 200 || !body.startsWith("[")) {
                throw new IllegalStateException("GET " + query + ": " + response.statusCode() + " " + abbreviate(body));
            }
            int count = occurrences(body, "\"service_request_id\"");
            if (count > 1000) {
                throw new IllegalStateException("GET " + query + " answered " + count + " requests, more than the cap");
            }
            sizes.put(query.contains("status=open") ? "open" : query.contains("service_code") ? "service" : "window",
                    count);
            items.add(count);
            bytes.add(body.length());
            answers.increment();
        };
        LoadDriver driver = new LoadDriver(threads, Thread.ofVirtual().name("open311-get-", 0).factory(), rate);
        Measurement measurement = driver.run(warmup, measure, get, LoadDriver.Hooks.NONE);
        return new ReadResult(rate, threads, warmup, measurement, tickets, Map.copyOf(sizes),
                answers.sum() == 0 ? 0 : bytes.sum() / answers.sum());
    }

    /** The plans of the three reads' ticket queries, as the product sends them, for the report. */
    static String plans(BenchDatabase database) throws SQLException {
        String base = "select id, number, channel, service_code, description, address, district_code, lat, lng,"
                + " attributes, reporter_id, contact_name_enc, contact_mobile_enc, confidential, emergency_service,"
                + " state, department_id, main_ticket_id, reply, satisfaction, solved, overdue, api_key_id,"
                + " created_at, updated_at, closed_at, version, media_url from hotline.ticket where emergency_service"
                + " is null and created_at >= now() - interval '30 days' and created_at < now()";
        StringBuilder text = new StringBuilder();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select id from hotline.ticket where emergency_service is null"
                    + " and created_at >= now() - interval '30 days' order by created_at desc, id desc limit 1000")) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            String texts = keys.stream().map(k -> "'" + k + "'").collect(Collectors.joining(","));
            String uuids = keys.stream().map(k -> "'" + k + "'::uuid").collect(Collectors.joining(","));
            explain(statement, text, "due times of the 1,000's running reply limits (Deadlines.runningDueTimes)",
                    "select subject_key, due_at from deadline.time_limit where subject_type = 'hotline.reply'"
                            + " and subject_key = any(array[" + texts + "]) and state in ('RUNNING', 'PAUSED')"
                            + " and due_at is not null");
            explain(statement, text, "first photos of the 1,000 (TicketPhotos.firstOf)",
                    "select distinct on (ticket_id) id, ticket_id from hotline.ticket_photo where ticket_id in ("
                            + uuids + ") order by ticket_id, uploaded_at, id");
            for (String filter : List.of("", " and closed_at is null", " and service_code in ('urban-streetlight')")) {
                text.append("-- ").append(filter.isEmpty() ? "window" : filter.strip()).append('\n');
                try (ResultSet rs = statement.executeQuery("explain (analyze, buffers) " + base + filter
                        + " order by created_at desc, id desc limit 1000")) {
                    while (rs.next()) {
                        text.append("   ").append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static void explain(Statement statement, StringBuilder text, String title, String sql) throws SQLException {
        text.append("-- ").append(title).append('\n');
        try (ResultSet rs = statement.executeQuery("explain (analyze, buffers) " + sql)) {
            while (rs.next()) {
                String line = rs.getString(1);
                text.append("   ").append(line.length() > 200 ? line.substring(0, 200) + " …" : line).append('\n');
            }
        }
    }

    /** Sends each read a few times, one after the other, to see what a read costs without load. */
    String unloaded(int rounds) throws Exception {
        OffsetDateTime end = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).plusMinutes(1);
        String window = "start_date=" + encode(ISO.format(end.minusDays(30))) + "&end_date=" + encode(ISO.format(end));
        StringBuilder text = new StringBuilder("Unloaded reads (ms):");
        for (String filter : List.of("", "&status=open", "&service_code=urban-streetlight")) {
            text.append("\n  ").append(filter.isEmpty() ? "window" : filter.substring(1)).append(':');
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                HttpResponse<String> response = send(0, HttpRequest.newBuilder(
                        uri("/open311/v2/requests.json?" + window + filter)).header("Accept", "application/json").GET());
                text.append(' ').append(ResultTable.number((System.nanoTime() - started) / 1e6, 1))
                        .append(response.statusCode() == 200 ? "" : "!" + response.statusCode());
            }
        }
        return text.toString();
    }

    record IntakeResult(double rate, int threads, Duration warmup, Measurement measurement, long created,
            long ticketsGained) {

        /** The target: the rate held for the measured period with p99 under 100 ms and no errors. */
        boolean meetsTarget() {
            return measurement.errors() == 0 && measurement.p99Millis() < 100 && measurement.perSecond() >= rate * 0.99
                    && created == ticketsGained;
        }

        ResultTable.Row row(String date) {
            return ResultTable.row()
                    .add("date", date)
                    .add("target req/s", ResultTable.number(rate, 0))
                    .add("workers", threads)
                    .add("warm-up / measured", warmup.toSeconds() + " s / " + measurement.period().toSeconds() + " s")
                    .add("req/s", ResultTable.number(measurement.perSecond(), 1))
                    .add("p50 ms", ResultTable.number(measurement.p50Millis(), 2))
                    .add("p99 ms", ResultTable.number(measurement.p99Millis(), 2))
                    .add("max ms", ResultTable.number(measurement.maxMillis(), 1))
                    .add("errors", measurement.errors())
                    .add("201s (whole run) / tickets gained", created + " / " + ticketsGained)
                    .add("others' CPU", measurement.othersCpuPercent())
                    .add("p99 < 100 ms at the rate", meetsTarget() ? "yes" : "**no**");
        }
    }

    record ReadResult(double rate, int threads, Duration warmup, Measurement measurement, long tickets,
            Map<String, Integer> sizes, long averageBytes) {

        /** The target: p99 under 50 ms at the rate, without errors. */
        boolean meetsTarget() {
            return measurement.errors() == 0 && measurement.p99Millis() < 50 && measurement.perSecond() >= rate * 0.99;
        }

        ResultTable.Row row(String date) {
            return ResultTable.row()
                    .add("date", date)
                    .add("tickets in the database", ResultTable.number(tickets, 0))
                    .add("target req/s", ResultTable.number(rate, 0))
                    .add("workers", threads)
                    .add("warm-up / measured", warmup.toSeconds() + " s / " + measurement.period().toSeconds() + " s")
                    .add("requests per answer (window / open / one service)", sizes.getOrDefault("window", 0) + " / "
                            + sizes.getOrDefault("open", 0) + " / " + sizes.getOrDefault("service", 0))
                    .add("answer KB (avg)", ResultTable.number(averageBytes / 1024.0, 0))
                    .add("req/s", ResultTable.number(measurement.perSecond(), 1))
                    .add("p50 ms", ResultTable.number(measurement.p50Millis(), 2))
                    .add("p99 ms", ResultTable.number(measurement.p99Millis(), 2))
                    .add("max ms", ResultTable.number(measurement.maxMillis(), 1))
                    .add("errors", measurement.errors())
                    .add("others' CPU", measurement.othersCpuPercent())
                    .add("p99 < 50 ms", meetsTarget() ? "yes" : "**no**");
        }
    }

    private HttpResponse<String> send(int worker, HttpRequest.Builder request) throws Exception {
        HttpClient client = clients.get(Math.floorMod(worker, clients.size()));
        return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static java.util.List<HttpClient> loopbackClients(LoopbackClients addresses) {
        java.util.List<HttpClient> clients = new java.util.ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            clients.add(HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .localAddress(addresses.forUser(i))
                    .build());
        }
        return clients;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static long count(BenchDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    static String services() {
        return SERVICES.keySet().stream().collect(Collectors.joining(", "));
    }
}
