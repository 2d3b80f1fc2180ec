package org.treatywatch.web;

/**
 * Who is making a request: an analyst, and how they proved it ({@code "token"} for an API token,
 * {@code "session"} for the web app's sign-in).
 */
public record Principal(long analystId, String name, String method) {}
