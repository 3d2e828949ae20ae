package org.consultationregistry.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts a fresh headless Chromium for each test method that asks for a {@link Browser}, pointed at the running
 * portal; keeps a screenshot and the page source of every failure under target/browser-failures/; closes the
 * browser afterwards.
 */
class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

	static final Path FAILURES = Path.of("target", "browser-failures");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
				+ " (Debian: apt-get install chromium chromium-driver; or set CHROMIUM_BIN and CHROMEDRIVER_BIN)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(missing + ". CI=true, so a missing browser fails the run.");
		}
		throw new TestAbortedException(missing + ". Skipped here; under CI=true they would fail.");
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ApplicationContext portal = SpringExtension.getApplicationContext(context);
		int port = Integer.parseInt(portal.getEnvironment().getRequiredProperty("local.server.port"));
		Browser browser = Browser.start(CHROMIUM, CHROMEDRIVER, port, portal.getBean(MessageSource.class));
		context.getStore(NAMESPACE).put(Browser.class, browser);
		return browser;
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser != null && context.getExecutionException().isPresent()) {
			browser.keepEvidence(FAILURES,
					context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

}
