package org.disclosure.ingest.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request to {@code /api/} through only with a configured key in
 * {@code X-Api-Key}.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Api-Key";

	private final List<byte[]> keys;

	ApiKeyFilter(List<String> keys) {
		this.keys = keys.stream().map((key) -> key.getBytes(StandardCharsets.UTF_8)).toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = request.getHeader(HEADER);
		if (presented != null && matches(presented.getBytes(StandardCharsets.UTF_8))) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		String message = (presented == null) ? "Missing X-Api-Key header" : "Unknown API key";
		response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"" + message + "\"}");
	}

	private boolean matches(byte[] presented) {
		boolean match = false;
		for (byte[] key : this.keys) {
			match |= MessageDigest.isEqual(key, presented);
		}
		return match;
	}

}
