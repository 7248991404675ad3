import widgetCss from './widget.css?inline';

/** The always-loaded styles; the build minifies the CSS file (lightningcss). */
export const widgetStyles: string = widgetCss;
