/**
 * Reports: the minutes of a session as a PDF, the recommendations tracker and the participation report as XLSX and
 * CSV, the open-data API, the staff dashboard, the accountability clock, and updates to the tracker uploaded back
 * as a spreadsheet. It only reads the other features through their public services, and changes recommendations
 * only through the recommendation feature's own service.
 */
package org.consultationregistry.report;
