package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem+json body: what every service answers on an error, without stack traces or addresses. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type is a stable code under the project's namespace, e.g. {@code urn:newsflow:problem:too-large}. */
    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("urn:newsflow:problem:" + code, title, status, detail, null);
    }
}
