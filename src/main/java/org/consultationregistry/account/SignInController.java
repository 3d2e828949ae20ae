package org.consultationregistry.account;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	private final Clock clock;

	SignInController(@Qualifier("registryClock") Clock clock) {
		this.clock = clock;
	}

	/**
	 * The sign-in form. After an attempt refused for too many failures it says until when, in the board's time
	 * (once: the explanation is taken out of the session as it is shown).
	 */
	@GetMapping("/login")
	String signIn(HttpSession session, Model model) {
		if (session.getAttribute(SignInOutcomes.REFUSAL) instanceof SignInThrottle.Refusal refusal) {
			session.removeAttribute(SignInOutcomes.REFUSAL);
			model.addAttribute("lockedUntil", refusal.locked() ? refusal.until().atZone(this.clock.getZone()) : null);
			model.addAttribute("waitSeconds", refusal.locked() ? null
					: Math.max(1, Duration.between(this.clock.instant(), refusal.until()).toSeconds()));
		}
		return "account/login";
	}

}
