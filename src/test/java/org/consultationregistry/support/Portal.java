package org.consultationregistry.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without a screen: real HTTP requests over loopback, with cookies (so a sign-in lasts) and the CSRF
 * token every form carries. Answers are parsed as HTML.
 */
public final class Portal {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(new CookieManager())
		.build();

	private final int port;

	public Portal(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html, application/json;q=0.9").build());
	}

	/** Fetches a page that must answer 200 and parses it. */
	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode());
		}
		return parse(response);
	}

	/**
	 * Submits a form as the browser would: fields URL-encoded, with the CSRF token taken from the page the form is
	 * on.
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		Document page = page(formPage);
		Map<String, String> body = new LinkedHashMap<>(fields);
		body.put("_csrf", page.select("input[name=_csrf]").first().attr("value"));
		return post(action, body);
	}

	/** Posts form fields exactly as given: without a CSRF token unless the caller adds one. */
	public HttpResponse<String> post(String action, Map<String, String> fields) {
		String encoded = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(encoded))
			.build());
	}

	/** Fetches a file as bytes (an export, a PDF), with whatever status it answers. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("GET " + path + " was interrupted", ex);
		}
	}

	/**
	 * Uploads a file as a browser's file field would (multipart/form-data), with the CSRF token taken from the page
	 * the form is on.
	 */
	public HttpResponse<String> upload(String formPage, String action, String field, String fileName,
			byte[] content) {
		String csrf = page(formPage).select("input[name=_csrf]").first().attr("value");
		String boundary = "----portal-test-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		body.writeBytes(head);
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Signs in through the sign-in form; fails unless the portal accepts the password. */
	public Portal signIn(String username, String password) {
		HttpResponse<String> response = submit("/login", "/login", Map.of("username", username, "password", password));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new AssertionError("Signing in as " + username + " failed: " + response.statusCode() + " " + location);
		}
		return this;
	}

	public Document parse(HttpResponse<String> response) {
		return Jsoup.parse(response.body(), "http://127.0.0.1:" + this.port);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + this.port + path);
	}

	/** Sends a request built by the test (a multipart upload, say) with this browser's cookies. */
	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(request.method() + " " + request.uri() + " was interrupted", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
