package org.consultationregistry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConsultationRegistryApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConsultationRegistryApplication.class, args);
	}

}
