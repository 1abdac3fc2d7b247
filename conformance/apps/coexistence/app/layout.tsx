export default function RootLayout(props: LayoutProps<'/'>) {
  return (
    <html lang="en">
      <body>
        {props.children}
        {props.modal}
      </body>
    </html>
  );
}
