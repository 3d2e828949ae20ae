package org.consultationregistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.consultationregistry.account.AccountForm;
import org.consultationregistry.account.Role;
import org.consultationregistry.audit.AuditAction;
import org.consultationregistry.engagement.UpdateKind;
import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.issue.IssueForm;
import org.consultationregistry.minutes.RevisionKind;
import org.consultationregistry.minutes.SuggestionStatus;
import org.consultationregistry.recommendation.RecommendationOrder;
import org.consultationregistry.recommendation.RecommendationStatus;
import org.consultationregistry.session.ParticipantEditForm;
import org.consultationregistry.session.ParticipantRole;
import org.consultationregistry.session.SessionForm;
import org.consultationregistry.session.SessionStatus;
import org.consultationregistry.stakeholder.OrganisationType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word the portal shows comes from messages.properties, so that it can be reviewed in one place and
 * translated: templates hold no literal text, every key they use exists, and every key exists in Urdu as well.
 */
class MessagesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([\\w.]+)|#messages\\.msg\\('([\\w.]+)'");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([\\w.]+)'\\s*\\+");

	/** A call of a form fragment; its quoted arguments that look like keys are labels or label prefixes. */
	private static final Pattern FORM_FRAGMENT = Pattern.compile("fragments/(?:form|conflict|lookup) :: \\w+\\s*\\((.*?)\\)\\}");

	/** An argument of a message: {0}, {1,choice,...}, or Bean Validation's {max}. */
	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+|[a-z]+)[,}]");

	private static final Pattern QUOTED_KEY = Pattern.compile("'(\\w+(?:\\.\\w+)+\\.?)'");

	/** Keys built from an enum constant in a template, and the enum whose every constant needs one. */
	private static final Map<String, Class<? extends Enum<?>>> ENUM_KEYS = Map.ofEntries(
			Map.entry("session.status.", SessionStatus.class), Map.entry("participant.role.", ParticipantRole.class),
			Map.entry("organisation.type.", OrganisationType.class), Map.entry("issue.category.", IssueCategory.class),
			Map.entry("recommendation.status.", RecommendationStatus.class),
			Map.entry("audit.action.", AuditAction.class), Map.entry("minutes.revision.kind.", RevisionKind.class),
			Map.entry("minutes.suggestion.status.", SuggestionStatus.class), Map.entry("account.role.", Role.class),
			Map.entry("recommendations.sort.", RecommendationOrder.class), Map.entry("updates.kind.", UpdateKind.class));

	/** Label prefixes of the conflict fragment, and the form whose every field needs a label under it. */
	private static final Map<String, Class<? extends Record>> FORM_LABELS = Map.of("session.form.", SessionForm.class,
			"participant.form.", ParticipantEditForm.class, "issue.form.", IssueForm.class, "account.form.", AccountForm.class);

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(template.toFile(), "UTF-8");
			for (Element element : document.getAllElements()) {
				if (element.nameIs("script") || element.nameIs("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (LETTERS.matcher(text.text()).find()) {
						literals.add(template + ": text '" + text.text().strip() + "'");
					}
				}
				element.attributes().forEach((attribute) -> {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && LETTERS.matcher(attribute.getValue()).find()) {
						literals.add(template + ": " + attribute.getKey() + "='" + attribute.getValue() + "'");
					}
				});
			}
		}
		assertThat(literals).as("literal text in templates; use th:text with a message key").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Properties messages = load("messages.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String source = Files.readString(template);
			Matcher keys = STATIC_KEY.matcher(source);
			while (keys.find()) {
				String key = (keys.group(1) != null) ? keys.group(1) : keys.group(2);
				if (!messages.containsKey(key)) {
					missing.add(template + ": " + key);
				}
			}
			Matcher fragments = FORM_FRAGMENT.matcher(source);
			while (fragments.find()) {
				Matcher labels = QUOTED_KEY.matcher(fragments.group(1));
				while (labels.find()) {
					String key = labels.group(1);
					boolean known = key.endsWith(".") ? ENUM_KEYS.containsKey(key) || FORM_LABELS.containsKey(key)
							: messages.containsKey(key);
					if (!known) {
						missing.add(template + ": form label " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownInATemplateHasALabelForEachValue() throws IOException {
		Properties messages = load("messages.properties");
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher prefixes = DYNAMIC_KEY.matcher(Files.readString(template));
			while (prefixes.find()) {
				Class<? extends Enum<?>> type = ENUM_KEYS.get(prefixes.group(1));
				if (type == null) {
					problems.add(template + ": key prefix '" + prefixes.group(1) + "' is not known to this test");
					continue;
				}
				Arrays.stream(type.getEnumConstants())
					.map((constant) -> prefixes.group(1) + constant.name())
					.filter((key) -> !messages.containsKey(key))
					.forEach((key) -> problems.add("missing " + key));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyFieldOfAFormThatCanConflictHasALabel() throws IOException {
		Properties messages = load("messages.properties");
		List<String> missing = new ArrayList<>();
		FORM_LABELS.forEach((prefix, form) -> Arrays.stream(form.getRecordComponents())
			.map((component) -> prefix + component.getName())
			.filter((key) -> !messages.containsKey(key))
			.forEach(missing::add));
		assertThat(missing).isEmpty();
	}

	/** In a message with arguments a single quote starts a quoted section and vanishes; an apostrophe must be ''. */
	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_ur.properties" })
	void apostrophesInMessagesWithArgumentsAreDoubled(String file) throws IOException {
		Properties messages = load(file);
		assertThat(messages.stringPropertyNames()
			.stream()
			.filter((key) -> messages.getProperty(key).matches("(?s).*\\{\\d.*"))
			.filter((key) -> messages.getProperty(key).replace("''", "").contains("'")))
			.isEmpty();
	}

	/** Every text exists in Urdu too, and the Urdu file holds nothing the English one has lost. */
	@Test
	void urduHasEveryKeyAndNoOther() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> urdu = load("messages_ur.properties").stringPropertyNames();
		assertThat(english.stream().filter((key) -> !urdu.contains(key)).sorted())
			.as("keys missing from messages_ur.properties")
			.isEmpty();
		assertThat(urdu.stream().filter((key) -> !english.contains(key)).sorted())
			.as("keys only in messages_ur.properties")
			.isEmpty();
	}

	/** A translation shows every value its English text shows: no {0} dropped, none invented. */
	@Test
	void urduUsesTheSameArgumentsAsEnglish() throws IOException {
		Properties english = load("messages.properties");
		Properties urdu = load("messages_ur.properties");
		List<String> differing = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			if (urdu.containsKey(key) && !arguments(english.getProperty(key)).equals(arguments(urdu.getProperty(key)))) {
				differing.add(key + ": " + english.getProperty(key) + " | " + urdu.getProperty(key));
			}
		}
		assertThat(differing).isEmpty();
	}

	private static Set<String> arguments(String message) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
