package org.psoexplorer.ui.export;

import org.psoexplorer.export.ExportFormat;
import org.psoexplorer.export.ExportOptions;

/**
 * What the user asked to export.
 *
 * @param wholeTaxonomy everything, laid out afresh; otherwise the current view as it is on screen
 */
public record ExportRequest(ExportFormat format, boolean wholeTaxonomy, ExportOptions options, String title) {
}
