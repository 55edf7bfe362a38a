package org.onewindow.hotline.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onewindow.hotline.HotlineError;
import org.onewindow.hotline.HotlineException;
import org.onewindow.platform.FileDownloads;
import org.onewindow.platform.UploadRejected;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Open311 GeoReport v2 (JSON) under {@code /open311/v2/}: the service list and definitions, and
 * service requests to read (public) and to submit (with an API key issued in the office).
 */
@RestController
class Open311Controller {

    private final Open311Services services;
    private final Open311Requests requests;
    private final DispatchCatalogue catalogue;
    private final TicketRecords records;
    private final ReceivingTickets receiving;
    private final TicketValidation validation;
    private final ApiKeys keys;
    private final TicketPhotos photos;
    private final ObjectMapper json;

    Open311Controller(Open311Services services, Open311Requests requests, DispatchCatalogue catalogue,
            TicketRecords records, ReceivingTickets receiving, TicketValidation validation, ApiKeys keys,
            TicketPhotos photos, ObjectMapper json) {
        this.services = services;
        this.requests = requests;
        this.catalogue = catalogue;
        this.records = records;
        this.receiving = receiving;
        this.validation = validation;
        this.keys = keys;
        this.photos = photos;
        this.json = json;
    }

    @GetMapping(path = "/open311/discovery.{format}")
    ResponseEntity<Object> discovery(@PathVariable String format) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", "/open311/v2");
        endpoint.put("changeset", "2026-11-01T00:00:00+08:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        // Not in the GeoReport v2 discovery format; clients ignore what they do not know.
        endpoint.put("max_requests", Open311Requests.CAP);
        endpoint.put("default_window_days", Open311Requests.DEFAULT_WINDOW.toDays());
        endpoint.put("limits", "GET requests answers at most the newest " + Open311Requests.CAP
                + " requests of its window (without start_date and end_date, the last "
                + Open311Requests.DEFAULT_WINDOW.toDays() + " days); narrow the window for more");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("changeset", "2026-11-01T00:00:00+08:00");
        map.put("contact", "12345");
        map.put("key_service", "API keys are issued by the 12345 centre (office: /office/hotline/api-keys)");
        map.put("endpoints", List.of(endpoint));
        return answer(format, 200, "discovery", null, map);
    }

    @GetMapping(path = "/open311/v2/services.{format}")
    ResponseEntity<Object> services(@PathVariable String format) {
        return answer(format, 200, "services", "service", services.list());
    }

    @GetMapping(path = "/open311/v2/services/{code}.{format}")
    ResponseEntity<Object> service(@PathVariable String code, @PathVariable String format) {
        Format.of(format);
        return answer(format, 200, "service_definition", null,
                services.definition(catalogue.service(code).orElseThrow(Open311Controller::unknownService)));
    }

    @GetMapping(path = "/open311/v2/requests.{format}")
    ResponseEntity<Object> requests(
            @PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCodes,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String status) {
        Format.of(format);
        return requests(format, requests.find(requests.query(ids, serviceCodes, startDate, endDate, status),
                mediaBase()));
    }

    @GetMapping(path = "/open311/v2/requests/{id}.{format}")
    ResponseEntity<Object> request(@PathVariable String id, @PathVariable String format) {
        Format.of(format);
        Ticket ticket = records.byNumber(id).filter(t -> t.emergencyService() == null)
                .orElseThrow(() -> new Open311Error(404, "request_not_found", "no service request " + id));
        return requests(format, requests.render(List.of(ticket), mediaBase()));
    }

    /** A photo of a request, as its {@code media_url} names it; none of a confidential or emergency ticket. */
    @GetMapping(path = "/open311/v2/media/{photoId}")
    ResponseEntity<InputStreamResource> media(@PathVariable String photoId) {
        TicketPhotos.Photo photo = parseUuid(photoId).flatMap(photos::find)
                .filter(p -> records.byId(p.ticketId())
                        .map(t -> !t.confidential() && t.emergencyService() == null).orElse(false))
                .orElseThrow(() -> new Open311Error(404, "media_not_found", "no media " + photoId));
        return FileDownloads.attachment(photo.fileName(), photo.contentType(), photo.size(), photos.open(photo));
    }

    @PostMapping(path = "/open311/v2/requests.{format}")
    ResponseEntity<Object> submit(@PathVariable String format, @RequestParam Map<String, String> form,
            @RequestParam(name = "media", required = false) List<MultipartFile> media, HttpServletRequest request) {
        Format.of(format);
        ApiKeys.ApiKey key = switch (keys.check(form.get("api_key"))) {
            case ApiKeys.Check.Valid valid -> valid.key();
            case ApiKeys.Check.Revoked revoked -> throw new Open311Error(403, "api_key_revoked",
                    "the api_key has been revoked");
            case ApiKeys.Check.Unknown unknown -> throw new Open311Error(403, "api_key_invalid",
                    "a valid api_key is required");
        };
        HotlineService service = catalogue.service(form.get("service_code"))
                .orElseThrow(Open311Controller::unknownService);
        Map<String, String> attributes = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("attribute[") && name.endsWith("]")) {
                attributes.put(name.substring(10, name.length() - 1), value);
            }
        });
        String name = String.join("", form.getOrDefault("last_name", ""), form.getOrDefault("first_name", ""));
        NewTicket input = new NewTicket(Channel.OPEN311, service.code(), form.get("description"),
                form.get("address_string"), attributes.remove(Open311Services.DISTRICT),
                Forms.number(form.get("lat")), Forms.number(form.get("long")), attributes, null,
                Forms.blankToNull(name), Forms.blankToNull(form.get("phone")), false, null, key.id());
        Map<String, HotlineError> errors = validation.check(input);
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
        String mediaUrl = Forms.blankToNull(form.get("media_url"));
        if (mediaUrl != null && !TicketMedia.acceptableUrl(mediaUrl)) {
            throw new Open311Error(400, "media_url_invalid", "media_url must be an absolute http or https address");
        }
        Ticket ticket;
        try {
            ticket = receiving.receive(input, new TicketMedia(TicketMedia.of(media).photos(), mediaUrl),
                    Acting.apiClient(key.id(), key.name(), request.getRemoteAddr()));
        } catch (UploadRejected rejected) {
            throw new Open311Error(400, rejected.code(), "media is not an acceptable JPEG or PNG photo");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", ticket.number());
        answer.put("service_notice", "受理后将按" + service.replyLimit().amount() + " "
                + service.replyLimit().unit().name().toLowerCase(java.util.Locale.ROOT) + "时限办理");
        answer.put("account_id", null);
        return answer(format, 201, "service_requests", "request", List.of(answer));
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<Object> refused(Open311Error error, HttpServletRequest request) {
        return errors(request, error);
    }

    @ExceptionHandler(HotlineException.class)
    ResponseEntity<Object> refused(HotlineException error, HttpServletRequest request) {
        return errors(request, new Open311Error(error.error().status(), error.code(), error.code()));
    }

    /** Service requests in the format the path names; XML writes them from their JSON form. */
    private ResponseEntity<Object> requests(String format, List<ServiceRequest> found) {
        Object body = Format.of(format) == Format.XML
                ? json.convertValue(found, new TypeReference<List<Map<String, Object>>>() {}) : found;
        return answer(format, 200, "service_requests", "request", body);
    }

    /** The answer in the format the path names. */
    static ResponseEntity<Object> answer(String format, int status, String root, String item, Object body) {
        if (Format.of(format) == Format.XML) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_XML)
                    .body(Open311Xml.document(root, item, body));
        }
        return json(status, body);
    }

    /** The spec's error list, as XML when the path ends in {@code .xml}. */
    static ResponseEntity<Object> errors(HttpServletRequest request, Open311Error error) {
        Format format = request.getRequestURI().endsWith(".xml") ? Format.XML : Format.JSON;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", error.status());
        entry.put("description", error.getMessage());
        return answer(format.name(), error.status(), "errors", "error", List.of(entry));
    }

    /** The two formats of GeoReport v2; any other suffix is not found. */
    enum Format {
        JSON,
        XML;

        static Format of(String suffix) {
            return switch (suffix.toLowerCase(java.util.Locale.ROOT)) {
                case "json" -> JSON;
                case "xml" -> XML;
                default -> throw new Open311Error(404, "format_unknown", "use .json or .xml");
            };
        }
    }

    /** JSON whatever the client accepts: the {@code .json} in the path chose the format. */
    static ResponseEntity<Object> json(int status, Object body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static Open311Error refusal(Map<String, HotlineError> errors) {
        var first = errors.entrySet().iterator().next();
        String field = switch (first.getKey()) {
            case "address" -> "lat and long, or address_string";
            case "district" -> "attribute[district]";
            case "contactMobile" -> "phone";
            default -> first.getKey().startsWith("attribute_")
                    ? "attribute[" + first.getKey().substring(10) + "]" : first.getKey();
        };
        return new Open311Error(400, first.getValue().code(), field + " is missing or not valid");
    }

    /** The absolute address photos are served under, as GeoReport's {@code media_url} wants it. */
    private static String mediaBase() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2/media/").toUriString();
    }

    private static java.util.Optional<java.util.UUID> parseUuid(String text) {
        try {
            return java.util.Optional.of(java.util.UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static Open311Error unknownService() {
        return new Open311Error(404, "service_unknown", "no service with that service_code");
    }
}
