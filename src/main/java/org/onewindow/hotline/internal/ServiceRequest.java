package org.onewindow.hotline.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One GeoReport v2 service request as {@code GET requests} answers it, with the specification's
 * field names in its order; every field is written, null or not. A record rather than a map
 * because an answer holds up to 1,000 of them.
 */
@JsonPropertyOrder({"service_request_id", "status", "status_notes", "service_name", "service_code", "description",
    "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
    "address", "address_id", "zipcode", "lat", "long", "media_url"})
record ServiceRequest(
        @JsonProperty("service_request_id") String serviceRequestId,
        @JsonProperty("status") String status,
        @JsonProperty("status_notes") String statusNotes,
        @JsonProperty("service_name") String serviceName,
        @JsonProperty("service_code") String serviceCode,
        @JsonProperty("description") String description,
        @JsonProperty("agency_responsible") String agencyResponsible,
        @JsonProperty("service_notice") String serviceNotice,
        @JsonProperty("requested_datetime") String requestedDatetime,
        @JsonProperty("updated_datetime") String updatedDatetime,
        @JsonProperty("expected_datetime") String expectedDatetime,
        @JsonProperty("address") String address,
        @JsonProperty("address_id") String addressId,
        @JsonProperty("zipcode") String zipcode,
        @JsonProperty("lat") Double lat,
        @JsonProperty("long") Double lng,
        @JsonProperty("media_url") String mediaUrl) {}
