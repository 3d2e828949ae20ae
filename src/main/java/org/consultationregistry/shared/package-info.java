/**
 * Small building blocks every feature may use: exceptions that map to HTTP answers and text helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.consultationregistry.shared;
