package org.consultationregistry.report;

import java.io.IOException;
import java.security.Principal;
import java.util.UUID;

import org.consultationregistry.report.TrackerUploads.Preview;
import org.consultationregistry.report.TrackerUploads.UploadRefused;
import org.consultationregistry.shared.RecordNotFoundException;
import org.consultationregistry.shared.Staff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An official uploads the tracker back with their updates, reads the preview of every change, and confirms it.
 */
@Controller
@PreAuthorize(Staff.ONLY)
class TrackerUploadController {

	private final TrackerUploads uploads;

	TrackerUploadController(TrackerUploads uploads) {
		this.uploads = uploads;
	}

	@GetMapping("/reports/tracker/upload")
	String form() {
		return "report/upload";
	}

	/** Keeps the file and shows its preview (after a redirect, so that reloading the preview uploads nothing). */
	@PostMapping("/reports/tracker/upload")
	String upload(@RequestParam(required = false) MultipartFile file, Principal principal, Model model) {
		try {
			byte[] content = (file != null) ? file.getBytes() : null;
			UUID token = this.uploads.keep(content, (file != null) ? file.getOriginalFilename() : null,
					principal.getName());
			return "redirect:/reports/tracker/uploads/" + token;
		}
		catch (UploadRefused refused) {
			refuse(model, refused);
			return "report/upload";
		}
		catch (IOException ex) {
			refuse(model, new UploadRefused("report.upload.refused.unreadable"));
			return "report/upload";
		}
	}

	@GetMapping("/reports/tracker/uploads/{token}")
	String preview(@PathVariable String token, Principal principal, Model model) {
		model.addAttribute("preview", find(token, principal));
		return "report/preview";
	}

	/**
	 * Applies the rows the preview showed as applicable. {@code changes} is how many the official saw; if the
	 * registry has moved since so that the count differs, nothing is applied and the preview is shown again.
	 */
	@PostMapping("/reports/tracker/uploads/{token}/apply")
	String apply(@PathVariable String token, @RequestParam(required = false) Integer changes, Principal principal,
			Model model, RedirectAttributes redirect) {
		Preview preview = find(token, principal);
		try {
			int applied = this.uploads.apply(preview.token(), principal.getName(), (changes != null) ? changes : -1);
			redirect.addFlashAttribute("applied", applied);
			return "redirect:/reports/tracker/upload";
		}
		catch (UploadRefused refused) {
			model.addAttribute("preview", find(token, principal));
			refuse(model, refused);
			return "report/preview";
		}
	}

	private static void refuse(Model model, UploadRefused refused) {
		model.addAttribute("problemCode", refused.code());
		model.addAttribute("problemArguments", refused.arguments());
	}

	private Preview find(String token, Principal principal) {
		UUID id;
		try {
			id = UUID.fromString(token);
		}
		catch (IllegalArgumentException ex) {
			throw new RecordNotFoundException("TrackerUpload", 0);
		}
		return this.uploads.preview(id, principal.getName())
			.orElseThrow(() -> new RecordNotFoundException("TrackerUpload", 0));
	}

}
