package io.broadsheet;

/** Why a block of the source is not part of a document's body. */
public enum DiscardReason {
    /** Consumed as metadata: headline, subtitle, dateline, section, URL or similar. */
    METADATA,
    /** Site or template text that carries no content, such as {@code Your browser doesn't support HTML5}. */
    BOILERPLATE,
    /** Menus, breadcrumbs, share and subscribe prompts and other page chrome. */
    NAVIGATION,
    /** A photo or video caption. */
    CAPTION,
    /** A press-contact block, parsed into {@link Document#contacts()}. */
    CONTACT_BLOCK,
    /** Publisher footers: imprint, liability notice, postal address. */
    FOOTER,
    /** Links to related content after the body. */
    RELATED_CONTENT,
    /** Text the main-content extractor judged to lie outside the article. */
    OUTSIDE_CONTENT
}
