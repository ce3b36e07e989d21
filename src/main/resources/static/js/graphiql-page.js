// GraphiQL from the jar's WebJars, sending each query to /web/graphql with the page session and its CSRF token
// (web.GraphiQlPage), so a user signed in to the pages needs no other password.
(function () {
  const token = document.querySelector('meta[name=_csrf]').content;
  const header = document.querySelector('meta[name=_csrf_header]').content;
  const fetcher = GraphiQL.createFetcher({
    url: '/web/graphql',
    headers: { [header]: token },
    fetch: (url, options) => window.fetch(url, Object.assign({}, options, { credentials: 'same-origin' })),
  });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    defaultQuery: '# fostergraph: your role\'s fields, your council\'s records.\n{\n  localities { id name }\n}\n',
  }));
})();
