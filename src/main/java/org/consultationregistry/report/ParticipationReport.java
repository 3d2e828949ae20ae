package org.consultationregistry.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.consultationregistry.session.Audience;
import org.consultationregistry.session.SessionReports;
import org.consultationregistry.session.SessionReports.Attendance;
import org.consultationregistry.stakeholder.OrganisationType;
import org.springframework.stereotype.Service;

/**
 * Who attended what: organisations down the side, sessions across the top, in each cell how many of the
 * organisation's people sat at the session; then totals per organisation, per kind of organisation and overall.
 * It counts people by the organisation they represented on the day.
 */
@Service
class ParticipationReport {

	private final SessionReports sessions;

	ParticipationReport(SessionReports sessions) {
		this.sessions = sessions;
	}

	Table build(Audience audience) {
		List<Attendance> attendance = this.sessions.attendance(audience);
		Map<Long, SessionColumn> columns = new LinkedHashMap<>();
		attendance.stream()
			.sorted((a, b) -> (a.sessionHeldOn().compareTo(b.sessionHeldOn()) != 0)
					? a.sessionHeldOn().compareTo(b.sessionHeldOn()) : Long.compare(a.sessionId(), b.sessionId()))
			.forEach((a) -> columns.putIfAbsent(a.sessionId(),
					new SessionColumn(a.sessionId(), a.sessionTitle(), a.sessionHeldOn())));
		List<Long> order = new ArrayList<>(columns.keySet());

		Map<Long, Line> organisations = new LinkedHashMap<>();
		for (Attendance a : attendance) {
			Line line = organisations.computeIfAbsent(a.organisationId(),
					(id) -> new Line(a.organisationName(), a.organisationType(), new int[order.size()]));
			line.people()[order.indexOf(a.sessionId())] += a.people();
		}
		List<Line> byType = new ArrayList<>();
		for (OrganisationType type : OrganisationType.values()) {
			int[] people = new int[order.size()];
			boolean any = false;
			for (Line line : organisations.values()) {
				if (line.type() == type) {
					any = true;
					for (int i = 0; i < people.length; i++) {
						people[i] += line.people()[i];
					}
				}
			}
			if (any) {
				byType.add(new Line(null, type, people));
			}
		}
		int[] all = new int[order.size()];
		organisations.values().forEach((line) -> Arrays.setAll(all, (i) -> all[i] + line.people()[i]));
		return new Table(List.copyOf(columns.values()), List.copyOf(organisations.values()), byType,
				new Line(null, null, all));
	}

	record SessionColumn(long id, String title, java.time.LocalDate heldOn) {
	}

	/**
	 * One row: an organisation (with its name), a kind of organisation (name {@code null}), or the grand total (both
	 * {@code null}).
	 * @param people how many people at each session, in column order
	 */
	record Line(String name, OrganisationType type, int[] people) {

		/** Sessions at which the organisation (or the kind, or anyone) had at least one person. */
		public int sessionsAttended() {
			return (int) Arrays.stream(this.people).filter((count) -> count > 0).count();
		}

		public int totalPeople() {
			return Arrays.stream(this.people).sum();
		}

	}

	record Table(List<SessionColumn> sessions, List<Line> organisations, List<Line> types, Line total) {

		Set<OrganisationType> typesPresent() {
			Set<OrganisationType> present = new LinkedHashSet<>();
			this.types.forEach((line) -> present.add(line.type()));
			return present;
		}

	}

}
