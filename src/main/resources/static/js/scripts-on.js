// Tells the stylesheet that scripts run. Without them (html.no-js) the main menu stays open on a narrow screen,
// since the button that would open it needs Bootstrap's script.
document.documentElement.classList.remove('no-js');
