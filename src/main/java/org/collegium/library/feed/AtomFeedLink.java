package org.collegium.library.feed;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Library pages announce the feed of new resources; the layout prints the alternate link. */
@ControllerAdvice(basePackages = "org.collegium.library")
class AtomFeedLink {

    @ModelAttribute("atomFeed")
    String atomFeed(HttpServletRequest request) {
        return request.getContextPath() + AtomFeedController.PATH;
    }
}
