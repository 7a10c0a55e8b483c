package org.mallcrm.adapters.http.stall;

import java.util.List;
import org.mallcrm.application.stall.port.in.ReshapeResult;

/**
 * A filed reshape: the document, and every stall record it wrote (the retired or changed stalls first, then the
 * new ones), each as {@link StallJson}.
 */
public record ReshapeJson(StallDocumentJson document, List<StallJson> stalls) {

    public static ReshapeJson of(ReshapeResult.Filed filed) {
        return new ReshapeJson(StallDocumentJson.of(filed.document()),
                filed.stalls().stream().map(StallJson::of).toList());
    }
}
