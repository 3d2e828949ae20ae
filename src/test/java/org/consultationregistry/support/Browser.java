package org.consultationregistry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.MessageSource;

/**
 * Headless Chromium on the portal, driven as a person would: by mouse, or by keyboard alone. Every page it comes to
 * is checked with axe-core against WCAG 2.0, 2.1 and 2.2 A and AA, and must show no violation.
 *
 * <p>
 * Steps name what the person sees (a link's text, a field's id, a button's label); {@link #text} looks texts up in
 * the messages of the language the person reads, so one journey runs in English and in Urdu.
 */
public final class Browser implements AutoCloseable {

	/** What a person moves through the page with. */
	public enum Hand {

		/** Clicks, and types into the field clicked. */
		MOUSE,

		/** Tab, Shift+Tab, Enter, Space and arrows only: no element is ever clicked. */
		KEYBOARD

	}

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String AXE = axeSource();

	/** More than any page of the portal has focusable elements, so that a search by Tab also comes round again. */
	private static final int MAX_TABS = 400;

	private static final Duration PAGE_LOAD = Duration.ofSeconds(20);

	private final WebDriver driver;

	private final Path profile;

	private final Path downloads;

	private final String base;

	private final MessageSource messages;

	private Hand hand = Hand.MOUSE;

	private Locale language = Locale.ENGLISH;

	private int pagesChecked;

	private Browser(WebDriver driver, Path profile, String base, MessageSource messages) {
		this.driver = driver;
		this.profile = profile;
		this.downloads = profile.resolve("downloads");
		this.base = base;
		this.messages = messages;
	}

	static Browser start(Path chromium, Path chromedriver, int port, MessageSource messages) {
		Path profile;
		try {
			profile = Files.createTempDirectory("registry-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1024", "--lang=en-US",
				// Bootstrap scrolls smoothly otherwise, and a click would land while the page still moves.
				"--force-prefers-reduced-motion");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		Path downloads = profile.resolve("downloads");
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false));
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD).scriptTimeout(Duration.ofSeconds(60));
		// Headless Chromium ignores the download preference unless told again through the DevTools protocol.
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		return new Browser(driver, profile, "http://127.0.0.1:" + port, messages);
	}

	/** From now on, moves with this hand. */
	public Browser using(Hand hand) {
		this.hand = hand;
		return this;
	}

	/** From now on, expects the portal's texts in this language (switching to it is a step of the journey). */
	public Browser reading(Locale language) {
		this.language = language;
		return this;
	}

	public Hand hand() {
		return this.hand;
	}

	public Locale language() {
		return this.language;
	}

	/** A text of the portal, as the person reads it. */
	public String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.language);
	}

	/** Types an address into the address bar. */
	public Browser open(String path) {
		this.driver.get(this.base + path);
		checkPage();
		return this;
	}

	/** Follows the link (or opens the summary) with this text. */
	public Browser follow(String linkText) {
		WebElement link = reach((element) -> isOneOf(element, "a") && linkText.equals(visibleText(element)),
				"a link '" + linkText + "'");
		navigate(link);
		return this;
	}

	/**
	 * Follows the link with this text to a file, which the browser saves instead of showing; waits for the download
	 * to finish and returns the file.
	 */
	public Path download(String linkText) {
		WebElement link = reach((element) -> isOneOf(element, "a") && linkText.equals(visibleText(element)),
				"a link '" + linkText + "'");
		List<Path> before = downloaded();
		activate(link);
		return new WebDriverWait(this.driver, PAGE_LOAD).until((driver) -> downloaded().stream()
			.filter((file) -> !before.contains(file))
			.filter((file) -> !file.getFileName().toString().endsWith(".crdownload"))
			.findFirst()
			.orElse(null));
	}

	/** Opens a collapsed details element by its summary. */
	public Browser expand(String summaryText) {
		WebElement summary = reach(
				(element) -> isOneOf(element, "summary") && summaryText.equals(visibleText(element)),
				"'" + summaryText + "'");
		if (summary.findElement(By.xpath("..")).getDomAttribute("open") == null) {
			activate(summary);
		}
		return this;
	}

	/** Types into a text field, a text area, or a date field, replacing what it held. */
	public Browser fill(String fieldId, String value) {
		WebElement field = reach((element) -> fieldId.equals(element.getDomAttribute("id")), "field #" + fieldId);
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		field.sendKeys(value);
		if (field.getDomAttribute("list") != null && this.hand == Hand.MOUSE) {
			// Suggestions arrive while the field has the focus, and their list covers the page below it: click
			// away from the field once the name is typed, as a person does. (The next Tab does it by keyboard.)
			this.driver.findElement(By.tagName("h1")).click();
		}
		return this;
	}

	/** Types a date into a date field, in the order Chromium's date field takes it here (en-US: month, day, year). */
	public Browser fillDate(String fieldId, LocalDate date) {
		WebElement field = reach((element) -> fieldId.equals(element.getDomAttribute("id")), "field #" + fieldId);
		field.sendKeys(date.format(DateTimeFormatter.ofPattern("MMddyyyy")));
		return this;
	}

	/** Chooses the option with this text in a list. */
	public Browser choose(String selectId, String optionText) {
		WebElement field = reach((element) -> selectId.equals(element.getDomAttribute("id")), "list #" + selectId);
		Select select = new Select(field);
		if (this.hand == Hand.MOUSE) {
			select.selectByVisibleText(optionText);
			return this;
		}
		field.sendKeys(Keys.HOME);
		for (int i = 0; i < select.getOptions().size(); i++) {
			if (optionText.equals(visibleText(select.getFirstSelectedOption()))) {
				return this;
			}
			field.sendKeys(Keys.ARROW_DOWN);
		}
		throw new AssertionError("The list #" + selectId + " has no option '" + optionText + "'");
	}

	/** Ticks a check box (found by id), unless it is ticked already. */
	public Browser tick(String checkboxId) {
		WebElement box = reach((element) -> checkboxId.equals(element.getDomAttribute("id")), "check box #" + checkboxId);
		if (!box.isSelected()) {
			if (this.hand == Hand.MOUSE) {
				box.click();
			}
			else {
				box.sendKeys(Keys.SPACE);
			}
		}
		return this;
	}

	/**
	 * Presses the button with this label; it submits its form. When several buttons read the same (the header's
	 * search and a page's own), the mouse goes to the one of the form just typed into, as a person's would.
	 */
	public Browser press(String buttonText) {
		Predicate<WebElement> wanted = (element) -> isOneOf(element, "button", "input")
				&& buttonText.equals(buttonLabel(element));
		WebElement button = (this.hand == Hand.MOUSE) ? buttonBesideFocus(wanted).orElse(null) : null;
		navigate((button != null) ? button : reach(wanted, "a button '" + buttonText + "'"));
		return this;
	}

	/** The id of the check box whose label reads this text. */
	public String checkboxLabelled(String labelText) {
		return this.driver.findElements(By.cssSelector("label.form-check-label"))
			.stream()
			.filter((label) -> labelText.equals(visibleText(label)))
			.map((label) -> label.getDomAttribute("for"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No check box is labelled '" + labelText + "'"));
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** The path of the page shown, without the query. */
	public String path() {
		return java.net.URI.create(this.driver.getCurrentUrl()).getPath();
	}

	public String heading() {
		return visibleText(this.driver.findElement(By.tagName("h1")));
	}

	/** The text of the whole page as it reads. */
	public String pageText() {
		return visibleText(this.driver.findElement(By.tagName("body")));
	}

	public String attribute(String cssSelector, String attribute) {
		return this.driver.findElement(By.cssSelector(cssSelector)).getDomAttribute(attribute);
	}

	/** How many pages axe-core has checked in this browser. */
	public int pagesChecked() {
		return this.pagesChecked;
	}

	/**
	 * Runs axe-core on the page shown and fails on any violation of WCAG 2.0, 2.1 or 2.2 at level A or AA. axe is
	 * put into the page by the test, not served by the portal: the portal's content security policy does not
	 * apply to scripts a WebDriver runs.
	 */
	@SuppressWarnings("unchecked")
	public void assertAccessible() {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(AXE);
		}
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then((results) => done(results.violations.map((v) => ({
				    id: v.id, impact: v.impact, help: v.help,
				    nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary) }))))
				  .catch((error) => done('axe failed: ' + error));
				""", WCAG_TAGS);
		if (result instanceof String failure) {
			throw new AssertionError(failure);
		}
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
		this.pagesChecked++;
		if (!violations.isEmpty()) {
			throw new AssertionError("axe-core found " + violations.size() + " accessibility violation(s) on "
					+ this.driver.getCurrentUrl() + ":\n" + violations.stream()
						.map((v) -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n    "
								+ String.join("\n    ", (List<String>) v.get("nodes")))
						.collect(Collectors.joining("\n")));
		}
	}

	private List<Path> downloaded() {
		if (!Files.isDirectory(this.downloads)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Keeps a screenshot and the source of the page shown, to read after a failure. */
	void keepEvidence(Path directory, String name) {
		try {
			Files.createDirectories(directory);
			String file = name.replaceAll("[^\\w.-]+", "_");
			Path shot = ((ChromeDriver) this.driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, directory.resolve(file + ".png"), StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(directory.resolve(file + ".html"),
					"<!-- " + this.driver.getCurrentUrl() + " -->\n" + this.driver.getPageSource(),
					StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("Could not keep the browser's evidence of " + name + ": " + ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				// A temporary profile left behind does no harm.
			}
		}
	}

	/**
	 * Finds the element a step is about. By mouse it is simply looked up on the page; by keyboard it is reached with
	 * Tab from wherever the focus is, as a person would, and the step fails if Tab never gets there.
	 */
	private WebElement reach(Predicate<WebElement> wanted, String what) {
		if (this.hand == Hand.MOUSE) {
			return this.driver.findElements(By.cssSelector("a, button, input, select, textarea, summary"))
				.stream()
				.filter(WebElement::isDisplayed)
				.filter(wanted)
				.findFirst()
				.orElseThrow(() -> new AssertionError("No " + what + " on " + this.driver.getCurrentUrl()));
		}
		Actions keys = new Actions(this.driver);
		for (int i = 0; i < MAX_TABS; i++) {
			keys.sendKeys(Keys.TAB).perform();
			WebElement focused = this.driver.switchTo().activeElement();
			if (wanted.test(focused)) {
				return focused;
			}
		}
		throw new AssertionError("Tab never reached " + what + " on " + this.driver.getCurrentUrl());
	}

	/** A displayed button of the form that holds the focused field, if there is one. */
	@SuppressWarnings("unchecked")
	private Optional<WebElement> buttonBesideFocus(Predicate<WebElement> wanted) {
		List<WebElement> buttons = (List<WebElement>) ((JavascriptExecutor) this.driver).executeScript("""
				const form = document.activeElement && document.activeElement.form;
				return form ? Array.from(form.querySelectorAll('button, input')) : [];
				""");
		return buttons.stream().filter(WebElement::isDisplayed).filter(wanted).findFirst();
	}

	/** Clicks it, or presses Enter on it; waits for the next page and checks it. */
	private void navigate(WebElement element) {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		String mark = UUID.randomUUID().toString();
		js.executeScript("window.registryPageMark = arguments[0];", mark);
		activate(element);
		new WebDriverWait(this.driver, PAGE_LOAD).until((driver) -> !mark
			.equals(((JavascriptExecutor) driver).executeScript("return window.registryPageMark;"))
				&& "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState;")));
		checkPage();
	}

	private void activate(WebElement element) {
		if (this.hand == Hand.MOUSE) {
			((JavascriptExecutor) this.driver)
				.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
			element.click();
		}
		else {
			element.sendKeys(Keys.ENTER);
		}
	}

	private void checkPage() {
		assertAccessible();
	}

	private static boolean isOneOf(WebElement element, String... tags) {
		String tag = element.getTagName();
		return Stream.of(tags).anyMatch((wanted) -> wanted.equalsIgnoreCase(tag));
	}

	private static String buttonLabel(WebElement element) {
		return isOneOf(element, "input") ? element.getDomAttribute("value") : visibleText(element);
	}

	private static String visibleText(WebElement element) {
		return element.getText().replace('\u00a0', ' ').strip();
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
