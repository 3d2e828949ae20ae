package org.consultationregistry.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that walks the {@link PortalTest portal} in headless Chromium: its methods take a {@link Browser}, a fresh
 * one each. Without Debian's chromium and chromedriver the tests are skipped, saying why, except under CI=true,
 * where a missing browser fails them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PortalTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
