package org.consultationregistry.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.consultationregistry.stakeholder.Organisation;

/**
 * The registry's organisations by every name they go by, compared as {@link OrganisationMention#key} does: the text
 * may write "P & D Board", "Planning & Development Board" or "PBIT" for organisations the registry has under another
 * of their names.
 */
final class RegistryNames {

	private final Map<String, List<Organisation>> byKey = new HashMap<>();

	RegistryNames(List<Organisation> organisations) {
		for (Organisation organisation : organisations) {
			List<String> names = new ArrayList<>(organisation.getAliases());
			names.add(organisation.getName());
			if (organisation.getAcronym() != null) {
				names.add(organisation.getAcronym());
			}
			for (String name : names) {
				List<Organisation> known = this.byKey.computeIfAbsent(OrganisationMention.key(name),
						(key) -> new ArrayList<>());
				if (!known.contains(organisation)) {
					known.add(organisation);
				}
			}
		}
	}

	/** The one organisation the mention names, or {@code null} if it names none or several. */
	Organisation find(OrganisationMention mention) {
		if (mention == null) {
			return null;
		}
		Map<Long, Organisation> found = new LinkedHashMap<>();
		for (String key : mention.keys()) {
			for (Organisation organisation : this.byKey.getOrDefault(key, List.of())) {
				found.put(organisation.getId(), organisation);
			}
		}
		return (found.size() == 1) ? found.values().iterator().next() : null;
	}

	Long idOf(OrganisationMention mention) {
		Organisation organisation = find(mention);
		return (organisation != null) ? organisation.getId() : null;
	}

}
